<#-- What features add comes from features/<id>/fragments/AbstractIntegrationTest.java/<section> (docs/templates.md):
     imports, springBootTest (its arguments), javadoc, testConfigurations (@Import), annotations, infrastructure. -->
<#assign base = fragments["AbstractIntegrationTest.java"]>
<#macro section name><#list base[name] as text>[=text]</#list></#macro>
<#function lines name><#local out = []><#list base[name] as text><#local out += text?split("\n")?filter(l -> l?has_content)></#list><#return out></#function>
<#assign imports = ["org.springframework.boot.test.context.SpringBootTest"] + lines("imports")>
<#if base.testConfigurations?has_content><#assign imports += ["org.springframework.context.annotation.Import"]></#if>
<#if base.infrastructure?has_content>
<#assign imports += ["org.springframework.test.context.DynamicPropertyRegistry", "org.springframework.test.context.DynamicPropertySource"]>
</#if>
<#assign configurations = lines("testConfigurations")>
package [=project.package];

<#list imports?sort as name>
import [=name];
</#list>

/**
 * Base of every Spring test: all of them share this exact configuration, so the application context<#if base.infrastructure?has_content>
 * (and the infrastructure registered below)</#if> starts once per test run and is reused.
<@section "javadoc"/>
 */
@SpringBootTest<#if base.springBootTest?has_content>([=lines("springBootTest")?join(", ")])</#if>
<#if configurations?size == 1>
@Import([=configurations[0]])
<#elseif configurations?has_content>
@Import({[=configurations?join(", ")]})
</#if>
<@section "annotations"/>
public abstract class AbstractIntegrationTest {
<#if base.infrastructure?has_content>

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
<@section "infrastructure"/>
    }
</#if>
}
