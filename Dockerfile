# Kinerja ASN Langsa — application image (build stage + slim runtime).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 kinerja && mkdir -p /app/data && chown kinerja /app/data
WORKDIR /app
COPY --from=build /src/target/kinerja-asn-langsa-*.jar /app/kinerja-asn-langsa.jar
USER kinerja
EXPOSE 8080
ENV TZ=Asia/Jakarta
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/kinerja-asn-langsa.jar"]
