package dev.stratum.generate.update;

import dev.stratum.core.UsageException;
import dev.stratum.generate.Generator;
import dev.stratum.generate.RecordedProject;
import dev.stratum.generate.RenderLimits;
import dev.stratum.generate.RenderedProject;
import dev.stratum.generate.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code add}, {@code remove} and {@code update} as one mechanism: base = the recorded template version rendered
 * with the recorded answers and features; theirs = the new version (or the same one with the new feature set)
 * rendered with the same answers, new options taking their defaults; ours = the files on disk. Everything is
 * rendered and merged in memory ({@link #plan}); {@link #apply} writes the plan all or nothing.
 */
public final class ProjectUpdater {
    private final String stratumVersion;
    private final RenderLimits limits;

    /** {@code stratumVersion} is this Stratum's; the base is always rendered with the recorded one. */
    public ProjectUpdater(String stratumVersion, RenderLimits limits) {
        this.stratumVersion = stratumVersion;
        this.limits = limits;
    }

    /** Whether the project at {@code dir} is behind the newest version of its template. Renders nothing. */
    public UpdateStatus status(Path dir) {
        RecordedProject record = RecordedProject.read(dir);
        try (TemplateSource latest = openTarget(record, UpdateRequest.upgrade(null, null))) {
            return new UpdateStatus(dir, record.template().id(), record.template().version(), latest.descriptor().version());
        }
    }

    public UpdatePlan plan(Path dir, UpdateRequest request) {
        Path root = dir.toAbsolutePath().normalize();
        RecordedProject record = RecordedProject.read(root);
        String recordFile = root.resolve(Generator.RECORD).toString();
        RenderedProject base;
        RenderedProject theirs;
        if (request.changesFeatures()) {
            try (TemplateSource source = recorded(recordFile, () -> openBase(record))) {
                base = recorded(recordFile, () -> render(record, record.stratumVersion(), record.answers().features(), source));
                List<String> features = FeatureChanges.apply(source.descriptor(), base.features(), request.add(), request.remove());
                theirs = recorded(recordFile, () -> render(record, record.stratumVersion(), features, source));
            }
        } else {
            // One template open at a time: built-in versions share one zip file system over the jar.
            try (TemplateSource source = recorded(recordFile, () -> openBase(record))) {
                base = recorded(recordFile, () -> render(record, record.stratumVersion(), record.answers().features(), source));
            }
            try (TemplateSource source = openTarget(record, request)) {
                String to = source.descriptor().version();
                if (TemplateSource.compareVersions(to, record.template().version()) < 0) {
                    throw new UsageException("template " + record.template().id() + " " + to + " is older than the project's "
                            + record.template().version() + ": update never goes back");
                }
                if (to.equals(record.template().version()) && request.templateDirectory() == null) {
                    return new UpdatePlan(root, record.template().id(), to, to, base.features(), base.features(), List.of(), null, Set.of());
                }
                theirs = prefixed("template " + record.template().id() + " " + to + ": ",
                        () -> render(record, stratumVersion, record.answers().features(), source));
            }
        }
        ProjectFiles files = new ProjectFiles(root);
        List<PlannedFile> planned = ThreeWayPlanner.plan(withoutRecord(base.files()), withoutRecord(theirs.files()), files::read);
        Set<String> executable = theirs.files().keySet().stream().filter(theirs.template()::executable).collect(Collectors.toSet());
        return new UpdatePlan(root, record.template().id(), base.template().version(), theirs.template().version(),
                base.features(), theirs.features(), planned, theirs.files().get(Generator.RECORD), executable);
    }

    /**
     * Writes the plan: every file through a temporary sibling, then all renamed into place, or none. Refuses a
     * project in a git working tree with uncommitted changes unless {@code force}.
     */
    public void apply(UpdatePlan plan, boolean force) {
        if (plan.record() == null) {
            return; // up to date: nothing to write
        }
        if (!force) {
            WorkingTree.requireClean(plan.project());
        }
        PlanWriter.write(new ProjectFiles(plan.project()), plan.files(), plan.record(), Generator.RECORD, plan.executable()::contains);
    }

    private RenderedProject render(RecordedProject record, String version, List<String> features, TemplateSource source) {
        return new Generator(version, limits).render(record.spec(source.root().toString(), selection(features, source)), source);
    }

    /** The features as ProjectSpec takes them: an empty set is "none of the defaults" (an empty list means an error). */
    private static List<String> selection(List<String> features, TemplateSource source) {
        if (!features.isEmpty()) {
            return features;
        }
        List<String> offDefaults = source.descriptor().features().stream().filter(f -> f.enabledByDefault())
                .map(f -> "-" + f.id()).toList();
        return offDefaults.isEmpty() ? null : offDefaults;
    }

    /** The recorded template at the recorded version: a built-in one (current or archived) or the recorded directory. */
    private static TemplateSource openBase(RecordedProject record) {
        RecordedProject.Template t = record.template();
        TemplateSource source = t.path() == null ? TemplateSource.openBuiltIn(t.id(), t.version()) : openDirectory(t.path());
        if (!source.descriptor().id().equals(t.id()) || !source.descriptor().version().equals(t.version())) {
            String found = source.descriptor().id() + " " + source.descriptor().version();
            source.close();
            throw new UsageException("template directory " + t.path() + " now holds " + found + ", not " + t.id() + " "
                    + t.version() + " that generated the project; update needs that version as its base");
        }
        return source;
    }

    private static TemplateSource openTarget(RecordedProject record, UpdateRequest request) {
        RecordedProject.Template t = record.template();
        if (request.templateDirectory() != null || t.path() != null) {
            String dir = request.templateDirectory() != null ? request.templateDirectory() : t.path();
            TemplateSource source = openDirectory(dir);
            if (request.version() != null && !request.version().equals(source.descriptor().version())) {
                String found = source.descriptor().version();
                source.close();
                throw new UsageException("--to " + request.version() + ": template directory " + dir + " holds version " + found);
            }
            return source;
        }
        if (request.version() == null) {
            return TemplateSource.open(t.id());
        }
        return prefixed("--to " + request.version() + ": ", () -> TemplateSource.openBuiltIn(t.id(), request.version()));
    }

    private static TemplateSource openDirectory(String dir) {
        if (!Files.isDirectory(Path.of(dir))) {
            throw new UsageException("template directory " + dir + " no longer exists (give its new place with --template DIR)");
        }
        return TemplateSource.open(dir);
    }

    private static Map<String, byte[]> withoutRecord(Map<String, byte[]> files) {
        Map<String, byte[]> out = new TreeMap<>(files);
        out.remove(Generator.RECORD);
        return out;
    }

    /** Errors caused by what the record says name the record file. */
    private static <T> T recorded(String recordFile, Supplier<T> work) {
        return prefixed(recordFile + ": ", work);
    }

    private static <T> T prefixed(String prefix, Supplier<T> work) {
        try {
            return work.get();
        } catch (UsageException e) {
            throw e.getMessage().startsWith(prefix) ? e : new UsageException(prefix + e.getMessage(), e);
        }
    }
}
