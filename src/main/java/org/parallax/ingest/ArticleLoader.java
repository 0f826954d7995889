package org.parallax.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.Paragraph;
import org.parallax.model.ProgressListener;

/**
 * Reads articles from files and folders. Every input that cannot be used becomes an
 * {@link InputProblem} naming the file and the reason; the rest of the batch goes on.
 */
public final class ArticleLoader {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf", "docx", "odt");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp",
            "ico", "avif", "tif", "tiff", "heic");
    /** More skipped files of one kind in one folder than this are named by one total line. */
    private static final int SKIPPED_NAMED_ONE_BY_ONE = 3;

    private final IngestLimits limits;
    private final Cleaner cleaner;
    private final StableFileReader fileReader;

    public ArticleLoader(IngestLimits limits, Cleaner cleaner) {
        this(limits, cleaner, new StableFileReader(limits.maxFileBytes()));
    }

    ArticleLoader(IngestLimits limits, Cleaner cleaner, StableFileReader fileReader) {
        this.limits = limits;
        this.cleaner = cleaner;
        this.fileReader = fileReader;
    }

    public ArticleLoader() {
        this(IngestLimits.DEFAULT, Cleaner.standard());
    }

    /**
     * The files of the inputs that will be read, and every other one named: a file a folder holds
     * that is not read (image, unsupported type, hidden file, subfolder when not recursive) as a
     * {@link InputProblem#skipped() skipped} problem, an input that cannot be listed as a problem.
     * {@link #load} starts with it; a caller that reads files one by one (the window) can use it
     * to show the same names.
     */
    public record Scan(List<Path> files, List<InputProblem> problems) {
        public Scan {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    public Scan scan(List<Path> inputs, boolean recursive) {
        List<InputProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            collect(input, recursive, files, problems);
        }
        // A file given by name as well as in its folder is read, not named as skipped.
        Set<String> given = new HashSet<>();
        files.forEach(f -> given.add(f.toString()));
        problems.removeIf(p -> p.skipped() && given.contains(p.path()));
        return new Scan(files, problems);
    }

    public IngestResult load(List<Path> inputs, boolean recursive, ProgressListener progress) {
        Scan scan = scan(inputs, recursive);
        List<InputProblem> problems = new ArrayList<>(scan.problems());
        List<Path> files = new ArrayList<>(scan.files());
        if (files.size() > limits.maxFiles()) {
            problems.add(new InputProblem(String.valueOf(inputs.get(0)), "too many files (" + files.size()
                    + "); only the first " + limits.maxFiles() + " are read"));
            files = files.subList(0, limits.maxFiles());
        }
        TimeBudget budget = new TimeBudget(limits.articleTimeout());
        Map<Path, CorpusManifest> manifests = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.progress((double) i / files.size(), "Reading " + file.getFileName());
            String id = "a" + (articles.size() + 1);
            CorpusManifest manifest = manifestOf(file, manifests, problems);
            try {
                articles.add(budget.run(() -> readAndClean(file, id, manifest), "reading"));
            } catch (TimeBudget.ExceededException e) {
                problems.add(problem(file, e.getMessage()));
            } catch (ExecutionException e) {
                if (Thread.currentThread().isInterrupted()) {
                    break; // the caller cancelled the load (the window's Cancel): stop, naming nothing
                }
                problems.add(problem(file, e.getCause() instanceof UnreadableInputException u
                        ? u.getMessage() : unexpected("reading", e.getCause())));
            }
        }
        progress.progress(1.0, "Read " + articles.size() + " articles");
        return new IngestResult(articles, problems);
    }

    /** Reads, checks and cleans one file; every refusal is an {@link UnreadableInputException}. */
    private Article readAndClean(Path file, String id, CorpusManifest manifest) throws UnreadableInputException {
        Article article = manifest.apply(readWithoutManifest(file));
        if (article.text().length() > limits.maxArticleChars()) {
            throw new UnreadableInputException(String.format(Locale.ROOT,
                    "article text is %,d characters, over the %,d-character limit for one article; not analysed "
                            + "(a whole book or site? raise it with --max-article-chars)",
                    article.text().length(), limits.maxArticleChars()));
        }
        Article cleaned = cleaner.clean(article.withId(id));
        Optional<String> foreign = LanguageCheck.standard().notEnglish(keptText(cleaned));
        if (foreign.isPresent()) {
            throw new UnreadableInputException(foreign.get());
        }
        return cleaned;
    }

    private static CharSequence keptText(Article cleaned) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : cleaned.paragraphs()) {
            sb.append(cleaned.text(), p.start(), p.end()).append('\n');
        }
        return sb;
    }

    /**
     * A failure the readers did not foresee (a library bug, a malformed file no check caught):
     * one line for the user, not a stack trace, and the batch goes on.
     */
    public static String unexpected(String what, Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "not enough memory for " + what + "; skipped (give Java more with -Xmx, or lower --max-file-mb)";
        }
        if (t instanceof StackOverflowError) {
            return "structure nested too deeply for " + what + "; skipped";
        }
        String detail = t.getMessage() == null ? "" : ": " + t.getMessage();
        return what + " failed, unexpected " + t.getClass().getSimpleName() + detail + " (please report this file)";
    }

    private static InputProblem problem(Path file, String reason) {
        return new InputProblem(file.toString(), oneLine(reason));
    }

    /** A reason is one line of a terminal, whatever a library put in its message. */
    static String oneLine(String reason) {
        String s = reason == null ? "cannot be read" : reason.replaceAll("\\s+", " ").strip();
        return s.length() > 300 ? s.substring(0, 297) + "..." : s;
    }

    /**
     * The manifest of a file's folder, read once per folder. A broken corpus.json is one problem
     * naming it; the folder's articles are still read, without its metadata.
     */
    private static CorpusManifest manifestOf(Path file, Map<Path, CorpusManifest> cache, List<InputProblem> problems) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return CorpusManifest.empty();
        }
        return cache.computeIfAbsent(folder, f -> {
            try {
                return CorpusManifest.readFolder(f);
            } catch (UnreadableInputException e) {
                problems.add(problem(f.resolve(CorpusManifest.FILE_NAME),
                        e.getMessage() + "; the folder's articles are read without it"));
                return CorpusManifest.empty();
            }
        });
    }

    /** Reads one file without cleaning it; the manifest of its folder, if any, is applied. */
    public Article readFile(Path file) throws UnreadableInputException {
        Path folder = file.toAbsolutePath().getParent();
        Article article = readWithoutManifest(file);
        return folder == null ? article : CorpusManifest.readFolder(folder).apply(article);
    }

    private Article readWithoutManifest(Path file) throws UnreadableInputException {
        String name = file.toString();
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) {
            throw new UnreadableInputException("unsupported file type " + (ext.isEmpty() ? "(no extension)" : "." + ext)
                    + " (Parallax reads " + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")");
        }
        byte[] bytes = fileReader.read(file);
        Article article = switch (ext) {
            case "html", "htm" -> HtmlReader.read(name, bytes);
            case "pdf" -> PdfReader.read(name, bytes);
            case "docx", "odt" -> OfficeReader.read(name, bytes, ext);
            default -> {
                TextDecoder.Decoded d = TextDecoder.decode(bytes);
                yield Article.read(name, ext.equals("txt") ? "txt" : "md", d.text())
                        .withNotes(d.note() == null ? List.of() : List.of(d.note()));
            }
        };
        return article;
    }

    private void collect(Path input, boolean recursive, List<Path> files, List<InputProblem> problems) {
        if (!Files.exists(input)) {
            problems.add(new InputProblem(input.toString(), Files.isSymbolicLink(input)
                    ? "symbolic link is broken or loops back on itself" : "no such file or folder"));
            return;
        }
        if (!Files.isDirectory(input)) {
            files.add(input);
            return;
        }
        if (!Files.isReadable(input)) {
            problems.add(new InputProblem(input.toString(), "folder cannot be read (permission denied)"));
            return;
        }
        List<Path> found = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), recursive ? Integer.MAX_VALUE : 1,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isDirectory()) {
                                skipped.add(new Skip(file, "subfolder", "subfolder (read only with --recursive)"));
                            } else if (isArticleFile(file)) {
                                found.add(file);
                            } else if (!file.getFileName().toString().equals(CorpusManifest.FILE_NAME)) {
                                skipped.add(skipOf(file));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException
                                    ? "folder link loops back to a parent folder; skipped"
                                    : e instanceof AccessDeniedException ? "permission denied"
                                    : e instanceof FileSystemException fse ? StableFileReader.reason(fse)
                                    : "cannot be read (" + e.getMessage() + ")";
                            problems.add(new InputProblem(file.toString(), reason));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new InputProblem(input.toString(), "folder cannot be read ("
                    + (e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage()) + ")"));
        }
        found.sort(null);
        files.addAll(found);
        problems.addAll(namesOfSkipped(skipped));
    }

    /** A file in a folder that is not read: its group (for totals) and the reason for its own line. */
    private record Skip(Path file, String kind, String reason) {
    }

    private static Skip skipOf(Path file) {
        String name = file.getFileName().toString();
        String ext = extension(file);
        if (name.startsWith(".")) {
            return new Skip(file, "hidden files", "hidden file");
        }
        if (IMAGE_EXTENSIONS.contains(ext)) {
            return new Skip(file, "images", "image (." + ext + "), not an article");
        }
        String type = ext.isEmpty() ? "(no extension)" : "(." + ext + ")";
        return new Skip(file, "files of type " + type, "unsupported file type " + type);
    }

    /**
     * One line per skipped file, except where one folder holds more than {@link #SKIPPED_NAMED_ONE_BY_ONE}
     * of one kind (the images of a saved page): then one line for the folder with the total.
     */
    private static List<InputProblem> namesOfSkipped(List<Skip> skipped) {
        Map<Path, Map<String, List<Skip>>> byFolderAndKind = new TreeMap<>();
        for (Skip s : skipped) {
            byFolderAndKind.computeIfAbsent(s.file().getParent(), f -> new TreeMap<>())
                    .computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        List<InputProblem> out = new ArrayList<>();
        byFolderAndKind.forEach((folder, kinds) -> kinds.forEach((kind, list) -> {
            if (list.size() > SKIPPED_NAMED_ONE_BY_ONE) {
                out.add(InputProblem.skipped(String.valueOf(folder), list.size() + " " + kind));
            } else {
                list.stream().sorted(Comparator.comparing(Skip::file))
                        .forEach(s -> out.add(InputProblem.skipped(s.file().toString(), s.reason())));
            }
        }));
        out.sort(Comparator.comparing(InputProblem::path));
        return out;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equals(CorpusManifest.FILE_NAME) && EXTENSIONS.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
