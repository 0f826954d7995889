package org.parallax.ui.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.parallax.report.AtomicFiles;

/**
 * Reads and writes .parallax project files, keeps the autosaves and the recent-files list.
 * Every write is atomic (temporary file, then move), so a crash never leaves half a project.
 * Files live under the Parallax home folder: ~/.parallax, or the {@code parallax.home} system property.
 */
public final class ProjectFiles {
    public static final String EXTENSION = ".parallax";
    private static final int MAX_RECENT = 8;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final Path home;

    public ProjectFiles(Path home) {
        this.home = home;
    }

    public static ProjectFiles standard() {
        String configured = System.getProperty("parallax.home");
        return new ProjectFiles(configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".parallax"));
    }

    public Path home() {
        return home;
    }

    public void write(Project project, Path file) throws IOException {
        AtomicFiles.write(file, out -> mapper.writeValue(out, project));
    }

    public Project read(Path file) throws ProjectException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException(file, "the file no longer exists", false, e);
        } catch (IOException e) {
            throw new ProjectException(file, "cannot be read (" + e.getMessage() + ")", false, e);
        }
        if (bytes.length == 0) {
            throw new ProjectException(file, "the file is empty; it may have been cut off while saving", false, null);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new ProjectException(file, "the file ends too early; it may have been cut off while saving", false, e);
        } catch (IOException e) {
            throw new ProjectException(file, "it is not a Parallax project (not valid JSON at line "
                    + lineOf(e) + ")", false, e);
        }
        if (tree == null || !tree.isObject() || !Project.FORMAT.equals(tree.path("format").asText())) {
            throw new ProjectException(file, "it is not a Parallax project (no \"format\": \"" + Project.FORMAT + "\")", false, null);
        }
        int version = tree.path("version").asInt(-1);
        if (version > Project.VERSION) {
            throw new ProjectException(file, "it was saved by a newer Parallax (project format " + version
                    + "); this version reads format " + Project.VERSION + ". Update Parallax to open it.", true, null);
        }
        if (version < 1) {
            throw new ProjectException(file, "it has no valid project format version", false, null);
        }
        try {
            return mapper.treeToValue(tree, Project.class);
        } catch (JsonProcessingException e) {
            throw new ProjectException(file, "part of it cannot be understood (" + e.getOriginalMessage() + ")", false, e);
        }
    }

    private static String lineOf(IOException e) {
        return e instanceof JsonProcessingException j && j.getLocation() != null ? String.valueOf(j.getLocation().getLineNr()) : "?";
    }

    /** Where the autosave of a project file (or of an unsaved project, for null) goes. */
    public Path autosaveFor(Path projectFile) {
        String name = projectFile == null ? "untitled" : projectFile.getFileName().toString().replaceFirst("\\.parallax$", "");
        String id = projectFile == null ? "0" : HexFormat.of().toHexDigits(projectFile.toAbsolutePath().normalize().toString().hashCode());
        return home.resolve("autosave").resolve(name.replaceAll("[^\\w.-]", "_") + "-" + id + EXTENSION);
    }

    public void autosave(Project project, Path projectFile) throws IOException {
        write(project, autosaveFor(projectFile));
    }

    /** The last good autosave of this project file, if there is one that reads cleanly. */
    public Optional<Path> goodAutosave(Path projectFile) {
        Path auto = autosaveFor(projectFile);
        if (!Files.isRegularFile(auto)) {
            return Optional.empty();
        }
        try {
            read(auto);
            return Optional.of(auto);
        } catch (ProjectException e) {
            return Optional.empty();
        }
    }

    public List<Path> recent() {
        Path list = home.resolve("recent.txt");
        List<Path> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(list)) {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recent());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        List<String> lines = list.stream().limit(MAX_RECENT).map(Path::toString).toList();
        try {
            AtomicFiles.write(home.resolve("recent.txt"),
                    out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // The recent list is a convenience; failing to update it must not stop a save.
        }
    }
}
