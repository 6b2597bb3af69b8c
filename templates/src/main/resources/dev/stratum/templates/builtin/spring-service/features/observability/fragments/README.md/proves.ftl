- on the management port `/actuator/health` (with liveness and readiness) is UP, `/actuator/info` carries build
  information and `/actuator/prometheus` serves metrics; the application port serves none of them (`ObservabilityTest`)
