# Build output (also holds the embedded test database under target/embedded-pg)
target/
*.class
*.log

# IDEs
.idea/
*.iml
.vscode/
.classpath
.project
.settings/

# Local secrets: never commit them
.env
*.env
