package dev.stratum.audit;

/** One resource file's text (see {@link ResourceFiles}), read once for all project checks. */
public record ResourceFile(String path, ResourceFiles.Kind kind, String text) {
    /** The 1-based line of a character offset. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The profile a file name names ({@code data-prod.sql}, {@code logback-dev.xml}), or "". */
    public String profile() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dash = name.indexOf('-');
        int dot = name.lastIndexOf('.');
        return dash > 0 && dot > dash ? name.substring(dash + 1, dot) : "";
    }
}
