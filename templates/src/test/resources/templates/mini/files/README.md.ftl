# [=project.name]
package [=project.package] in [=project.packagePath], class [=project.className], Java [=project.javaVersion]
literal ${NOT_A_FREEMARKER_VARIABLE}
<#list build.dependencies as d>
dep [=d.groupId]:[=d.artifactId]:[=d.version]:[=d.scope]
</#list>
<#list build.properties as p>
[=p.key]=[=p.value]
</#list>
<#if features.beta>beta on<#else>beta off</#if>
