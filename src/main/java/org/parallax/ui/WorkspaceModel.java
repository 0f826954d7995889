package org.parallax.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.pipeline.Analyzer;
import org.parallax.ui.model.ClaimKey;
import org.parallax.ui.model.Correction;
import org.parallax.ui.model.Group;
import org.parallax.ui.model.Status;
import org.parallax.ui.model.StoryView;
import org.parallax.ui.project.Project;
import org.parallax.ui.project.ProjectSource;

/**
 * The state of one workspace, for the views to bind to: the sources, the analysis, the user's
 * corrections, the selection and the status filter. FX thread only.
 */
public final class WorkspaceModel {
    private final ObservableList<ProjectSource> sources = FXCollections.observableArrayList();
    private final ObservableList<Correction> corrections = FXCollections.observableArrayList();
    private final ObservableList<org.parallax.model.InputProblem> notAnalysed = FXCollections.observableArrayList();
    private final ObservableSet<Status> shown = FXCollections.observableSet(EnumSet.allOf(Status.class));
    private final ObjectProperty<AnalysisResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<StoryView> view = new SimpleObjectProperty<>(StoryView.empty());
    private final ObjectProperty<Group> selectedGroup = new SimpleObjectProperty<>();
    private final StringProperty selectedClaim = new SimpleStringProperty();
    /** The match the selection was opened from (a matrix row, a step); null when a claim was clicked. */
    private String selectedMatch;
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty marksPending = new SimpleBooleanProperty();
    private final BooleanProperty worthCheckingOnly = new SimpleBooleanProperty();
    private final BooleanProperty allFraming = new SimpleBooleanProperty();
    private final UndoStack undo = new UndoStack();

    public WorkspaceModel() {
        corrections.addListener((javafx.collections.ListChangeListener<Correction>) c -> {
            dirty.set(true);
            refresh();
        });
        shown.addListener((javafx.collections.SetChangeListener<Status>) c -> refreshSelection());
        result.addListener((o, old, now) -> refresh());
    }

    public ObservableList<ProjectSource> sources() {
        return sources;
    }

    public ObservableList<Correction> corrections() {
        return corrections;
    }

    /**
     * The inputs the story leaves out, each with why: files that could not be read, and what the
     * folders of its articles hold that is no article.
     */
    public ObservableList<org.parallax.model.InputProblem> notAnalysed() {
        return notAnalysed;
    }

    /** The statuses the filter shows. */
    public ObservableSet<Status> shown() {
        return shown;
    }

    public ObjectProperty<AnalysisResult> resultProperty() {
        return result;
    }

    public ObjectProperty<StoryView> viewProperty() {
        return view;
    }

    public StoryView view() {
        return view.get();
    }

    public ObjectProperty<Group> selectedGroupProperty() {
        return selectedGroup;
    }

    public StringProperty selectedClaimProperty() {
        return selectedClaim;
    }

    public ObjectProperty<Path> projectFileProperty() {
        return projectFile;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Whether the matrix lists only facts with a claim worth checking (ClaimExtractor.checkworthyFrom). */
    /** Whether the columns underline every framing item, not only those that set a source apart. */
    public BooleanProperty allFramingProperty() {
        return allFraming;
    }

    public BooleanProperty worthCheckingOnlyProperty() {
        return worthCheckingOnly;
    }

    /** True while the result shown is the texts as read, the analysis still running. */
    public BooleanProperty marksPendingProperty() {
        return marksPending;
    }

    public UndoStack undo() {
        return undo;
    }

    public boolean hasResult() {
        return result.get() != null;
    }

    /** Recomputes the user's view of the analysis; keeps the selection on the same claim if it is still there. */
    public void refresh() {
        AnalysisResult r = result.get();
        if (r == null) {
            view.set(StoryView.empty());
            select(null);
            return;
        }
        view.set(new StoryView(r, excludedArticleIds(r), List.copyOf(corrections)));
        refreshSelection();
    }

    private void refreshSelection() {
        String claim = selectedClaim.get();
        StoryView v = view.get();
        if (claim != null && v.claim(claim) != null && shown.contains(v.groupOf(claim).status())) {
            selectedGroup.set(v.focus(claim, selectedMatch == null ? null : v.group(selectedMatch)));
        } else {
            select(null);
        }
    }

    private Set<String> excludedArticleIds(AnalysisResult r) {
        Set<String> excludedPaths = new HashSet<>();
        sources.stream().filter(s -> !s.included()).forEach(s -> excludedPaths.add(s.path()));
        Set<String> ids = new HashSet<>();
        for (Article a : r.articles()) {
            if (excludedPaths.contains(a.path())) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    /** Selects a claim with its counterparts (null clears). */
    public void select(String claimId) {
        StoryView v = view.get();
        show(claimId == null ? null : v.focus(claimId, null), claimId, null);
    }

    private void show(Group g, String claimId, String match) {
        selectedMatch = g == null ? null : match;
        if (g == null) {
            selectedClaim.set(null);
            selectedGroup.set(null);
        } else {
            // Group first: views react to the claim change and read the group.
            selectedGroup.set(g);
            selectedClaim.set(null);
            selectedClaim.set(claimId);
        }
    }

    /** Selects a match (a matrix row, a step), shown from the claim that carries its status. */
    public void selectGroup(Group g) {
        if (g == null) {
            show(null, null, null);
            return;
        }
        Claim lead = view.get().lead(g);
        show(view.get().focus(lead.id(), g), lead.id(), g.id());
    }

    /** Steps to the next (+1) or previous (-1) difference the filter shows, wrapping around. */
    public Group step(int direction) {
        StoryView v = view.get();
        List<Group> diffs = v.differences(Set.copyOf(shown));
        if (diffs.isEmpty()) {
            return null;
        }
        Group current = selectedGroup.get();
        int at = current == null ? -1 : indexOf(diffs, current, v);
        int next;
        if (at < 0) {
            next = direction > 0 ? firstAfter(diffs, current, v) : lastBefore(diffs, current, v);
        } else {
            next = Math.floorMod(at + direction, diffs.size());
        }
        selectGroup(diffs.get(next));
        return diffs.get(next);
    }

    private static int indexOf(List<Group> diffs, Group g, StoryView v) {
        for (int i = 0; i < diffs.size(); i++) {
            if (diffs.get(i).id().equals(g.id())) {
                return i;
            }
        }
        return -1;
    }

    private int firstAfter(List<Group> diffs, Group current, StoryView v) {
        if (current == null) {
            return 0;
        }
        int pos = indexOf(v.groups(), current, v);
        for (int i = 0; i < diffs.size(); i++) {
            if (indexOf(v.groups(), diffs.get(i), v) > pos) {
                return i;
            }
        }
        return 0;
    }

    private int lastBefore(List<Group> diffs, Group current, StoryView v) {
        if (current == null) {
            return diffs.size() - 1;
        }
        int pos = indexOf(v.groups(), current, v);
        for (int i = diffs.size() - 1; i >= 0; i--) {
            if (indexOf(v.groups(), diffs.get(i), v) < pos) {
                return i;
            }
        }
        return diffs.size() - 1;
    }

    public void setShown(Status status, boolean visible) {
        if (visible) {
            shown.add(status);
        } else {
            shown.remove(status);
        }
    }

    // ---- user corrections, each undoable ----

    /** "Not the same claim": takes the selected claim out of its cluster. */
    public void markNotSame(String claimId) {
        correct(claimId, Correction.Kind.NOT_SAME, null, "Not the same claim");
    }

    public void confirm(String claimId) {
        correct(claimId, Correction.Kind.CONFIRM, null, "Confirm match");
    }

    public void addNote(String claimId, String text) {
        if (text != null && !text.isBlank()) {
            correct(claimId, Correction.Kind.NOTE, text.strip(), "Note");
        }
    }

    private void correct(String claimId, Correction.Kind kind, String text, String name) {
        StoryView v = view.get();
        Claim claim = v.claim(claimId);
        if (claim == null) {
            return;
        }
        Group g = v.groupOf(claimId);
        List<ClaimKey> others = g.claims().stream().filter(c -> !c.id().equals(claimId)).map(v::key).toList();
        Correction correction = new Correction(kind, v.key(claim), others, text);
        undo.perform(new UndoStack.Edit(name, () -> corrections.remove(correction), () -> corrections.add(correction)));
    }

    /** Says these entities (by name) are one; undoable. */
    public void mergeEntities(List<String> names) {
        if (names.size() >= 2) {
            Correction c = Correction.mergeEntities(names);
            undo.perform(new UndoStack.Edit("Merge entities", () -> corrections.remove(c), () -> corrections.add(c)));
        }
    }

    /** Says the mentions of an entity spelled {@code variant} name someone else; undoable. */
    public void splitEntity(String entity, String variant) {
        Correction c = Correction.splitEntity(entity, variant);
        undo.perform(new UndoStack.Edit("Split entity", () -> corrections.remove(c), () -> corrections.add(c)));
    }

    public void setIncluded(int sourceIndex, boolean included) {
        ProjectSource before = sources.get(sourceIndex);
        if (before.included() == included) {
            return;
        }
        ProjectSource after = before.withIncluded(included);
        undo.perform(new UndoStack.Edit(included ? "Include source" : "Exclude source",
                () -> replaceSource(sourceIndex, before), () -> replaceSource(sourceIndex, after)));
    }

    private void replaceSource(int index, ProjectSource s) {
        sources.set(index, s);
        dirty.set(true);
        refresh();
    }

    /** Sets the outlet and date the user typed for a source; the sources' metadata then needs re-analysis. */
    public void setMetadata(int sourceIndex, String outlet, java.time.LocalDate published) {
        ProjectSource before = sources.get(sourceIndex);
        ProjectSource after = before.withMetadata(outlet == null || outlet.isBlank() ? null : outlet.strip(), published);
        if (after.equals(before)) {
            return;
        }
        undo.perform(new UndoStack.Edit("Edit source details",
                () -> { replaceSource(sourceIndex, before); onMetadataChanged.run(); },
                () -> { replaceSource(sourceIndex, after); onMetadataChanged.run(); }));
    }

    private Runnable onMetadataChanged = () -> { };

    /** Called after a metadata edit or its undo, to redo the analysis. */
    public void setOnMetadataChanged(Runnable r) {
        onMetadataChanged = r;
    }

    /** Index of the source an article was read from, or -1. */
    public int sourceIndexOf(Article article) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).path().equals(article.path())) {
                return i;
            }
        }
        return -1;
    }

    // ---- project ----

    public Project toProject() {
        return Project.of(Analyzer.GENERATOR, title.get(), new ArrayList<>(sources), new ArrayList<>(corrections));
    }

    /** Replaces the sources and corrections with a project's (the analysis is redone by the caller). */
    public void load(Project project, Path file) {
        undo.clear();
        result.set(null);
        sources.setAll(project.sources());
        corrections.setAll(project.corrections());
        title.set(project.title() == null ? "" : project.title());
        projectFile.set(file);
        dirty.set(false);
    }
}
