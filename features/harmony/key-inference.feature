Feature: Key inference
  When no key is named, the key is inferred: the chord tones are compared with the
  Krumhansl–Kessler key profiles, and V7–I resolutions, the closing cadence and the opening
  chord add their weight.

  Rule: A named key is taken as given

    Example: The chart's key wins over the evidence
      Given the chords "Am F C G" in A minor
      Then the key is A minor, as given

  Rule: Without a named key, the best-supported key is the key of the piece

    Example: A plain major cadence
      Given the chords "F Bb C7 F"
      Then the key is inferred as F major

    Example: A minor key confirmed by its dominant seventh
      Given the chords "Am Dm E7 Am"
      Then the key is inferred as A minor

    Example: A circle of fifths ending on its tonic
      Given the chords "Em7 A7 Dm7 G7 Cmaj7"
      Then the key is inferred as C major

    Example: Relative keys are told apart by the cadence
      Given the chords "C Dm G C Am Dm E7 Am"
      Then the key is inferred as A minor
