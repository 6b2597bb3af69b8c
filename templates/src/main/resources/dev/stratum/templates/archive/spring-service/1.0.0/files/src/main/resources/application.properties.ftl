# [=project.name]: every value can be overridden by an environment variable (see README.md).
spring.application.name=[=project.name]
<#list build.properties as p>
[=p.key]=[=p.value]
</#list>
