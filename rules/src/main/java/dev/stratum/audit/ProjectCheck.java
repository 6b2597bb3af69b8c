package dev.stratum.audit;

/** A check over the whole project: build files, configuration per profile, migrations and the source index. */
public interface ProjectCheck extends AuditCheck {
    void check(ProjectModel project, FindingSink sink);
}
