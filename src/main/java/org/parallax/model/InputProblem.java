package org.parallax.model;

/**
 * An input that could not be used, named with a reason a user can act on.
 *
 * @param skipped true for a file a folder holds that Parallax does not read (an image, a
 *                spreadsheet, a subfolder without --recursive): named so nothing goes unseen, but
 *                not a failure; false for an input that should have been read and could not be
 */
public record InputProblem(String path, String reason, boolean skipped) {
    public InputProblem(String path, String reason) {
        this(path, reason, false);
    }

    public static InputProblem skipped(String path, String reason) {
        return new InputProblem(path, "skipped: " + reason, true);
    }

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
