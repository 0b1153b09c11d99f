Feature: Roman numerals
  Every chord is read in the key of the piece by the scale degree its root stands on:
  upper case for a major third, lower case for a minor one, ° diminished, ø half-diminished,
  + augmented, and figured-bass figures for inversions (music21's conventions).

  Rule: A chord is named by the scale degree of its root

    Example: The diatonic triads of C major
      Given the chords "C Dm Em F G Am Bdim" in C major
      Then the Roman numerals are "I ii iii IV V vi vii°"

    Example: The triads of A minor, with the harmonic minor's V and vii°
      Given the chords "Am Bdim C Dm E F G G#dim" in A minor
      Then the Roman numerals are "i ii° bIII iv V bVI bVII vii°"

    Example: The diatonic seventh chords of C major
      Given the chords "Cmaj7 Dm7 Em7 Fmaj7 G7 Am7 Bm7b5" in C major
      Then the Roman numerals are "Imaj7 ii7 iii7 IVmaj7 V7 vi7 viiø7"

    Example: A major chord on the sixth degree is not vi
      Given the chords "C A Dm G C" in C major
      Then the chord "A" is read as "V/ii"

  Rule: Inversions carry the figures of figured bass

    Example: Triads in first and second inversion
      Given the chords "C G/B C/E F C/G G C" in C major
      Then the Roman numerals are "I V6 I6 IV I64 V I"

    Example: The dominant seventh in all its inversions
      Given the chords "G7/B C G7/D C/E G7/F C/E" in C major
      Then the Roman numerals are "V65 I V43 I6 V42 I6"

  Rule: An applied chord is named after the triad it tonicizes

    Example: A secondary dominant of ii
      Given the chords "C A7 Dm G7 C" in C major
      Then the Roman numerals are "I V7/ii ii V7 I"

    Example: The dominant of the dominant
      Given the chords "C D7 G C" in C major
      Then the Roman numerals are "I V7/V V I"

    Example: A secondary leading-tone chord
      Given the chords "C F#dim7 G C" in C major
      Then the Roman numerals are "I vii°7/V V I"

    Example: A chord of the key is not an applied chord, even a fifth above another
      Given the chords "Dm G7 C" in C major
      Then the Roman numerals are "ii V7 I"

    Example: The Picardy third ends a minor piece on a major tonic, not on V/iv
      Given the chords "Am Dm E7 A" in A minor
      Then the Roman numerals are "i iv V7 I"

  Rule: Borrowed and chromatic chords carry the accidental of their degree

    Example: Chords borrowed from the parallel minor
      Given the chords "C Fm Ab Bb Eb C" in C major
      Then the Roman numerals are "I iv bVI bVII bIII I"

    Example: The Neapolitan sixth
      Given the chords "Cm Db/F G7 Cm" in C minor
      Then the Roman numerals are "i bII6 V7 i"

    Example: The augmented tonic
      Given the chords "C Caug F" in C major
      Then the Roman numerals are "I I+ IV"
