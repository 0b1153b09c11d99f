package io.continuo.engine.document;

import io.continuo.engine.Analysis;
import io.continuo.engine.document.AnalysisDocument.HarmonicRhythm;
import io.continuo.engine.document.AnalysisDocument.SectionRhythm;
import io.continuo.facts.Piece;
import io.continuo.facts.derived.Cadence;
import io.continuo.facts.derived.HarmonicOnset;
import io.continuo.facts.time.Beat;
import io.continuo.facts.time.MetricGrid;
import io.continuo.facts.time.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the harmonic rhythm from the onsets the rules derived (rules/harmony/harmonic-rhythm.drl):
 * plain statistics, no theory. "Acceleration toward cadences" compares the changes per bar in the
 * {@value #BARS_BEFORE_CADENCE} bars ending at each cadence's arrival with the piece's mean.
 */
final class HarmonicRhythmSummary {

    /** How many bars before (and including) a cadence's arrival count as its approach. */
    static final int BARS_BEFORE_CADENCE = 2;

    private HarmonicRhythmSummary() {
    }

    static HarmonicRhythm of(Analysis analysis) {
        Piece piece = analysis.piece();
        // The first harmony starts the music; changes are the onsets after it.
        List<HarmonicOnset> onsets = analysis.all(HarmonicOnset.class).stream().filter(o -> o.chordIndex() > 0).toList();
        int bars = piece.beats().isEmpty() ? 0 : piece.beats().get(piece.beats().size() - 1).bar();
        double mean = bars == 0 ? 0 : (double) onsets.size() / bars;

        Map<String, Integer> positions = new TreeMap<>();
        for (HarmonicOnset onset : onsets) {
            double beat = onset.beat();
            String where = Math.abs(beat - Math.rint(beat)) < 1e-6
                    ? "beat_" + (int) Math.rint(beat) : "between_beats";
            positions.merge(where, 1, Integer::sum);
        }

        Map<Integer, Integer> changesInSection = new HashMap<>();
        onsets.forEach(o -> changesInSection.merge(o.sectionIndex(), 1, Integer::sum));
        List<SectionRhythm> sections = new ArrayList<>();
        for (Section section : piece.sections()) {
            int count = changesInSection.getOrDefault(section.index(), 0);
            int sectionBars = barsIn(piece.beats(), section.start(), section.end());
            sections.add(new SectionRhythm(section.label(), section.index(),
                    sectionBars == 0 ? 0 : round((double) count / sectionBars)));
        }

        Double acceleration = null;
        List<Cadence> cadences = analysis.cadences();
        if (!cadences.isEmpty() && mean > 0) {
            Set<Integer> approachBars = new HashSet<>();
            for (Cadence cadence : cadences) {
                int arrivalBar = MetricGrid.barAt(piece.beats(), cadence.time());
                for (int bar = Math.max(1, arrivalBar - BARS_BEFORE_CADENCE + 1); bar <= arrivalBar; bar++) {
                    approachBars.add(bar);
                }
            }
            long inApproach = onsets.stream().filter(o -> approachBars.contains(o.bar())).count();
            acceleration = round((double) inApproach / approachBars.size() / mean);
        }
        return new HarmonicRhythm(round(mean), sections, positions, acceleration);
    }

    private static int barsIn(List<Beat> beats, double start, double end) {
        return (int) beats.stream().filter(b -> b.isDownbeat() && b.time() >= start - 1e-6 && b.time() < end - 1e-6)
                .count();
    }


    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", value));
    }
}
