package dev.stratum.audit.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.stratum.audit.Annotations;
import dev.stratum.audit.config.Profiles;
import java.util.List;

/** Code that runs only in a non-production profile: an enclosing {@code @Profile} naming none but dev-like ones. */
final class ProfileGuards {
    private ProfileGuards() {
    }

    static boolean outsideProduction(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithAnnotations<?> annotated) {
                var profile = annotated.getAnnotationByName("Profile");
                if (profile.isPresent()) {
                    List<String> names = Annotations.strings(profile.get(), "value");
                    if (!names.isEmpty() && names.stream().noneMatch(Profiles::isProduction)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
