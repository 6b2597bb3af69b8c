package dev.stratum.generate.update;

import java.nio.file.Path;

/** Whether a project is behind its template: the recorded version and the newest one available. */
public record UpdateStatus(Path project, String templateId, String current, String latest) {
    public boolean behind() {
        return !current.equals(latest);
    }
}
