package dev.stratum.generate.update;

/**
 * A three-way merge of one file's text: {@code base} is what the recorded template generated, {@code ours} the
 * file on disk, {@code theirs} what the template generates now. Never resolves a conflict in the template's favour.
 */
interface FileMerge {
    MergedText merge(String base, String ours, String theirs);

    /** pom.xml structurally, *.properties by key, everything else line by line. */
    static FileMerge forPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("pom.xml")) {
            return new PomMerge();
        }
        if (name.endsWith(".properties")) {
            return new PropertiesMerge();
        }
        return new LineMerge();
    }
}
