<#-- Included by files that need what a property is when no environment variable overrides it
     (<#include "/lib/properties.ftl">); lib/ itself is never rendered into the project. -->
<#function propertyDefault property fallback>
  <#list build.environment as e><#if e.properties?seq_contains(property) && e.hasDefault><#return e.default></#if></#list>
  <#list build.properties as p><#if p.key == property><#return p.value></#if></#list>
  <#return fallback>
</#function>
