package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.IngestResult;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;
import org.parallax.pipeline.Analyzer;
import org.parallax.ui.project.ProjectSource;

/** The real engine: ingest, clean, analyze. One analyzer per process, so models load once. */
public final class EngineBackend implements AnalysisBackend {
    private static Analyzer analyzer;

    private final ArticleLoader loader = new ArticleLoader();
    private final Cleaner cleaner = Cleaner.standard();

    private static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer();
        }
        return analyzer;
    }

    @Override
    public List<Path> articleFiles(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                // The command line's choice of files; what it leaves out is named by skipped().
                out.addAll(loader.scan(List.of(input), false).files());
            } else {
                out.add(input);
            }
        }
        return out;
    }

    /** The same scan as the command line's: unsupported files, images, link loops, each named. */
    @Override
    public List<InputProblem> skipped(List<Path> inputs) {
        return loader.scan(inputs.stream().filter(Files::isDirectory).toList(), false).problems();
    }

    @Override
    public AnalysisResult analyze(List<ProjectSource> sources, ProgressListener progress, Consumer<AnalysisResult> textsRead) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            ProjectSource s = sources.get(i);
            progress.progress(0.02 * i / sources.size(), "Reading " + s.path());
            try {
                Article a = s.pasted() ? Article.read(s.path(), "pasted", s.text()) : loader.readFile(Path.of(s.path()));
                a = cleaner.clean(a.withId("a" + (articles.size() + 1)));
                if (s.outlet() != null || s.published() != null) {
                    a = a.withMetadata(a.title(), s.outlet() != null ? s.outlet() : a.outlet(),
                            s.published() != null ? s.published() : a.published(), a.author(), s.url() != null ? s.url() : a.url());
                }
                articles.add(a);
            } catch (UnreadableInputException e) {
                problems.add(new InputProblem(s.path(), e.getMessage()));
            }
        }
        textsRead.accept(AnalysisResult.textsOnly(Analyzer.GENERATOR, articles, problems));
        progress.progress(0.03, "Loading language models (first time only)");
        return analyzer().analyze(new IngestResult(articles, problems), progress);
    }
}
