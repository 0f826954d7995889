package org.parallax.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.model.Mention;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Removal;
import org.parallax.model.Reuse;
import org.parallax.model.ReuseSpan;
import org.parallax.model.StoryFindings;
import org.parallax.ui.project.ProjectSource;

/**
 * A made-up story (a town's bridge repairs, four invented outlets) analysed by hand, so the window
 * can be tested without the language models. The backend returns it for any sources, with the
 * outlet and date the user set applied, and only the articles whose paths are among the sources.
 */
final class SyntheticStory implements AnalysisBackend {
    static final String DIR = "/stories/bridge/";
    static final String GAZETTE = DIR + "gazette.txt";
    static final String HERALD = DIR + "herald.txt";
    static final String POST = DIR + "post.txt";
    static final String WEEKLY = DIR + "weekly.txt";

    static final String GAZETTE_COST = "Mayor Lena Okafor said the work would cost 4 million euros.";
    static final String HERALD_COST = "Mayor Lena Okafor put the bill at 6 million euros.";
    static final String POST_COST = "Mayor Lena Okafor said repairs could cost about 4 million euros.";
    static final String CONTRADICTION = "The Lakeside Herald gives 6 million euros where the Northfield Gazette gives 4 million euros.";

    final AtomicInteger analyses = new AtomicInteger();
    /** When set, analysis keeps reporting progress (for up to a minute) until the user cancels. */
    volatile boolean slow;
    /** When set, analysis waits after the texts are read until the latch opens. */
    volatile java.util.concurrent.CountDownLatch hold;

    /** When set, the story's folder also holds a spreadsheet, which is no article. */
    volatile boolean strayFile;

    @Override
    public List<Path> articleFiles(List<Path> inputs) {
        return List.of(Path.of(GAZETTE), Path.of(HERALD), Path.of(POST), Path.of(WEEKLY));
    }

    @Override
    public List<InputProblem> skipped(List<Path> inputs) {
        return strayFile && inputs.contains(Path.of(DIR)) ? List.of(InputProblem.skipped(DIR + "budget.xlsx",
                "unsupported file type (.xlsx)")) : List.of();
    }

    @Override
    public AnalysisResult analyze(List<ProjectSource> sources, ProgressListener progress, Consumer<AnalysisResult> textsRead) {
        analyses.incrementAndGet();
        progress.progress(0.1, "Pretending to read");
        textsRead.accept(AnalysisResult.textsOnly("synthetic", story().articles(), List.of()));
        if (hold != null) {
            try {
                hold.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = 0; slow && i < 3000; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            progress.progress(0.1 + i / 6000.0, "Reading slowly");
        }
        AnalysisResult full = story();
        List<Article> articles = new ArrayList<>();
        for (Article a : full.articles()) {
            ProjectSource s = sources.stream().filter(x -> x.path().equals(a.path())).findFirst().orElse(null);
            if (s != null) {
                articles.add(a.withMetadata(a.title(), s.outlet() != null ? s.outlet() : a.outlet(),
                        s.published() != null ? s.published() : a.published(), a.author(), a.url()));
            }
        }
        List<org.parallax.model.InputProblem> problems = sources.stream().filter(x -> x.path().endsWith("broken.txt"))
                .map(x -> new org.parallax.model.InputProblem(x.path(), "binary file (PNG image), not text")).toList();
        return new AnalysisResult(full.schema(), full.generator(), articles, full.claims(), full.entities(), full.clusters(),
                full.framing(), full.reuse(), full.story(), problems);
    }

    /** Builds one article from paragraphs; remembers where each sentence starts. */
    private static final class Writer {
        final StringBuilder text = new StringBuilder();
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Removal> removed = new ArrayList<>();

        Writer para(ParagraphKind kind, String s) {
            int start = text.length();
            text.append(s);
            paragraphs.add(new Paragraph(start, text.length(), kind));
            text.append("\n\n");
            return this;
        }

        Writer removed(String reason, String s) {
            int start = text.length();
            text.append(s);
            removed.add(new Removal(start, text.length(), reason));
            text.append("\n");
            return this;
        }

        Article article(String id, String path, String outlet, LocalDate date) {
            return new Article(id, path, "txt", null, outlet, date, null, null, text.toString(), List.of(), paragraphs, removed);
        }
    }

    private static int claimNo;

    private static Claim claim(Article a, String sentence, List<String> entities, boolean hedged, List<String> hedges) {
        int at = a.text().indexOf(sentence);
        if (at < 0) {
            throw new IllegalStateException("not in " + a.id() + ": " + sentence);
        }
        return new Claim("c" + (++claimNo), a.id(), sentence, at, at + sentence.length(), entities, null, null,
                hedged, hedges, sentence.contains("\""), List.of(), List.of(),
                sentence.matches(".*\\d.*") ? 0.9 : 0.2);
    }

    /** {@code story} with one more match. */
    static AnalysisResult withCluster(AnalysisResult story, org.parallax.model.Cluster extra) {
        List<org.parallax.model.Cluster> clusters = new java.util.ArrayList<>(story.clusters());
        clusters.add(extra);
        return new AnalysisResult(story.schema(), story.generator(), story.articles(), story.claims(),
                story.entities(), clusters, story.framing(), story.reuse(), story.story(), story.problems());
    }

    static AnalysisResult story() {
        claimNo = 0;
        Article gazette = new Writer()
                .para(ParagraphKind.HEADLINE, "Harbour Bridge to close for repairs")
                .para(ParagraphKind.BODY, "The city council voted on Tuesday to close the Harbour Bridge for six weeks of repairs. "
                        + GAZETTE_COST)
                .para(ParagraphKind.BODY, "Engineers found cracks in two support beams last month. "
                        + "Ferries will run every twenty minutes during the closure.")
                .removed("comments", "Comments (2)\nJo from Eastside: about time somebody fixed it!\n"
                        + "Sam: the ferry queue will be enormous, mark my words.")
                .article("a1", GAZETTE, "Northfield Gazette", LocalDate.of(2031, 5, 2));
        Article herald = new Writer()
                .para(ParagraphKind.HEADLINE, "Bridge shut as repair bill climbs")
                .para(ParagraphKind.BODY, "Councillors agreed on Tuesday to shut the Harbour Bridge for six weeks. " + HERALD_COST)
                .para(ParagraphKind.BODY, "The mayor has long neglected the crumbling bridge, critics say. "
                        + "Ferries will run every twenty minutes while the bridge is shut.")
                .article("a2", HERALD, "Lakeside Herald", LocalDate.of(2031, 5, 2));
        Writer postWriter = new Writer()
                .para(ParagraphKind.HEADLINE, "Council closes Harbour Bridge")
                .para(ParagraphKind.BODY, "The Harbour Bridge will close for repairs, the council decided on Tuesday.");
        List<String> filler = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            String s = "Resident number " + i + " told the paper that the old crossing has served the town well for decades.";
            filler.add(s);
            postWriter.para(ParagraphKind.BODY, s);
        }
        postWriter.para(ParagraphKind.BODY, POST_COST + " Cracks were reportedly found in the support beams by engineers.");
        Article post = postWriter.article("a3", POST, "River Valley Post", LocalDate.of(2031, 5, 3));
        Article weekly = new Writer()
                .para(ParagraphKind.HEADLINE, "Bakery opens on Mill Street")
                .para(ParagraphKind.BODY, "A new bakery opened on Mill Street on Saturday. The owner said the queue stretched around the block.")
                .article("a4", WEEKLY, "Coastal Weekly", LocalDate.of(2031, 5, 4));

        List<String> okafor = List.of("e1");
        List<String> bridge = List.of("e2");
        Claim g1 = claim(gazette, "The city council voted on Tuesday to close the Harbour Bridge for six weeks of repairs.", bridge, false, List.of());
        Claim g2 = claim(gazette, GAZETTE_COST, okafor, false, List.of());
        Claim g3 = claim(gazette, "Engineers found cracks in two support beams last month.", List.of(), false, List.of());
        Claim g4 = claim(gazette, "Ferries will run every twenty minutes during the closure.", List.of(), false, List.of());
        Claim h1 = claim(herald, "Councillors agreed on Tuesday to shut the Harbour Bridge for six weeks.", bridge, false, List.of());
        Claim h2 = claim(herald, HERALD_COST, okafor, false, List.of());
        Claim h3 = claim(herald, "The mayor has long neglected the crumbling bridge, critics say.", List.of(), false, List.of());
        Claim h4 = claim(herald, "Ferries will run every twenty minutes while the bridge is shut.", List.of(), false, List.of());
        Claim p1 = claim(post, "The Harbour Bridge will close for repairs, the council decided on Tuesday.", bridge, false, List.of());
        List<Claim> postFiller = filler.stream().map(s -> claim(post, s, List.of(), false, List.of())).toList();
        Claim p2 = claim(post, POST_COST, okafor, true, List.of("could", "about"));
        Claim p3 = claim(post, "Cracks were reportedly found in the support beams by engineers.", List.of(), true, List.of("reportedly"));
        Claim w1 = claim(weekly, "A new bakery opened on Mill Street on Saturday.", List.of(), false, List.of());
        Claim w2 = claim(weekly, "The owner said the queue stretched around the block.", List.of(), false, List.of());

        List<Claim> claims = new ArrayList<>(List.of(g1, g2, g3, g4, h1, h2, h3, h4, p1));
        claims.addAll(postFiller);
        claims.addAll(List.of(p2, p3, w1, w2));

        List<Cluster> clusters = List.of(
                new Cluster("k1", "Council closes the Harbour Bridge for six weeks", List.of(g1.id(), h1.id(), p1.id()), List.of(
                        new ClaimPair(g1.id(), h1.id(), Relation.AGREE, null, 0.9, "Same decision and duration."),
                        new ClaimPair(g1.id(), p1.id(), Relation.AGREE, null, 0.8, "Same decision."))),
                new Cluster("k2", "Cost of the repairs", List.of(g2.id(), h2.id(), p2.id()), List.of(
                        new ClaimPair(g2.id(), h2.id(), Relation.CONTRADICT, RelationKind.NUMBER, 0.9, CONTRADICTION),
                        new ClaimPair(g2.id(), p2.id(), Relation.DIVERGE, RelationKind.MODALITY, 0.7,
                                "The River Valley Post softens the figure with \"could\" and \"about\"."),
                        new ClaimPair(h2.id(), p2.id(), Relation.CONTRADICT, RelationKind.NUMBER, 0.8,
                                "6 million euros against about 4 million euros."))),
                new Cluster("k3", "Cracks in the support beams", List.of(g3.id(), p3.id()), List.of(
                        new ClaimPair(g3.id(), p3.id(), Relation.DIVERGE, RelationKind.ATTRIBUTED, 0.6,
                                "The Post hedges with \"reportedly\"; the Gazette states it as fact."))),
                new Cluster("k4", "Ferries every twenty minutes", List.of(g4.id(), h4.id()), List.of(
                        new ClaimPair(g4.id(), h4.id(), Relation.AGREE, null, 0.95, "Same ferry schedule."))));

        List<Entity> entities = List.of(
                new Entity("e1", "Lena Okafor", "PERSON", List.of(
                        mention(gazette, "Lena Okafor"), mention(herald, "Lena Okafor"), mention(post, "Lena Okafor"))),
                new Entity("e2", "Harbour Bridge", "LOCATION", List.of(
                        mention(gazette, "Harbour Bridge"), mention(herald, "Harbour Bridge"), mention(post, "Harbour Bridge"))));

        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        int crumbling = herald.text().indexOf("crumbling");
        int neglected = herald.text().indexOf("neglected");
        framing.put("a2", new ArticleFraming(List.of(
                new FramingItem("crumbling", crumbling, crumbling + 9, "loaded", "e2", "negative description", false),
                new FramingItem("neglected", neglected, neglected + 9, "loaded", "e1", "accusation", false)),
                List.of(new EntityLabel("e1", "the mayor", 0, 0)), 60, Map.of("loaded", 2), Map.of("loaded", 33.3)));
        framing.put("a1", new ArticleFraming(List.of(), List.of(new EntityLabel("e1", "Mayor Lena Okafor", 0, 0)), 60, Map.of(), Map.of()));
        framing.put("a3", ArticleFraming.empty());
        framing.put("a4", ArticleFraming.empty());

        int ps = post.text().indexOf("The Harbour Bridge will close");
        int gs = gazette.text().indexOf("The city council");
        List<Reuse> reuse = List.of(new Reuse("a3", "a1", 0.12, List.of(new ReuseSpan(ps, ps + 40, gs, gs + 40))));
        return new AnalysisResult(AnalysisResult.SCHEMA, "test", List.of(gazette, herald, post, weekly), claims, entities, clusters,
                framing, reuse, new StoryFindings(List.of("a4"), List.of()), List.of());
    }

    private static Mention mention(Article a, String text) {
        int at = a.text().indexOf(text);
        return new Mention(a.id(), text, at, at + text.length());
    }

    static Claim claimWithText(AnalysisResult r, String text) {
        return r.claims().stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }
}
