Feature: Modulations
  A stretch of music can stand in a key of its own. Continuo compares the chords around each chord
  with the key profiles and declares a key region when four chords in a row clearly favour another
  key, so that one secondary dominant does not modulate. Chords are read in their local key.

  Rule: A stretch clearly in another key is read in that key

    Example: A hymn-like tune that moves to the key of the supertonic and back
      Given the chords "| C | F | G7 | C | Am | Dm | G7 | C | D | G | A7 | D | Bm | Em | A7 | D | F | G7 | C | F | Dm | G7 | C | C |" in C major
      Then the music modulates from C major to D major
      And the chord "A7" is read as "V7"

    Example: One secondary dominant does not modulate
      Given the chords "| C | F | G7 | C | Am | D7 | G7 | C |" in C major
      Then the music does not modulate
      And the chord "D7" is read as "V7/V"
