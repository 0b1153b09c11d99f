Feature: Progression patterns
  A pattern library (rules/harmony/progression-patterns.drl.csv) names the progressions musicians
  name. Patterns are matched on Roman numerals in the key, ignoring sevenths and inversions, and a
  chord held over several bars counts once.

  Rule: A library progression is found when its numerals follow in order

    Example: The verse of "Let It Be" (The Beatles) turns on I-V-vi-IV, and so on its rotation from vi
      Given the chords "| C | G | Am | F | C | G | F C/E | Dm7 C |" in C major
      Then the progressions found are "I-V-vi-IV, vi-IV-I-V"

    Example: "Stand by Me" (Ben E. King) is the fifties progression, each chord held two bars
      Given the chords "| A | A | F#m | F#m | D | E | A | A |" in A major
      Then the progressions found are "I-vi-IV-V"

    Example: Sevenths do not hide a ii-V-I
      Given the chords "| Dm7 | G7 | Cmaj7 | Cmaj7 |" in C major
      Then the progressions found are "ii-V-I"

    Example: The same chords in another order are not the pattern
      Given the chords "| C | F | Am | G |" in C major
      Then no progression from the library is found

  Rule: Minor-mode patterns are found in minor keys only

    Example: "Hit the Road Jack" (Percy Mayfield) descends by the Andalusian cadence
      Given the chords "| Am G | F E | Am G | F E |" in A minor
      Then the progressions found are "Andalusian cadence"

    Example: A descent from the minor tonic that does not reach V is no Andalusian cadence
      Given the chords "| Am | G | F | C |" in A minor
      Then no progression from the library is found

  Rule: Pachelbel's progression is eight harmonies long

    Example: The ground of Pachelbel's Canon in D
      Given the chords "| D A | Bm F#m | G D | G A |" in D major
      Then the progressions found are "Pachelbel, I-IV-V"

  Rule: Four or more falling fifths in a row are a circle-of-fifths progression

    Example: The A section of "Autumn Leaves" falls through the diatonic circle
      Given the chords "| Am7 | D7 | Gmaj7 | Cmaj7 | F#m7b5 | B7 | Em | Em |" in E minor
      Then the progressions found are "circle of fifths, ii-V-i"

    Example: Three falling fifths are only a ii-V-I with its secondary dominant
      Given the chords "| A7 | Dm7 | G7 | C |" in C major
      Then the progressions found are "ii-V-I"

  Rule: The 12-bar blues is read bar by bar

    Example: The twelve bars of "Hound Dog" (Leiber and Stoller), with dominant sevenths
      Given the chords "| C7 | C7 | C7 | C7 | F7 | F7 | C7 | C7 | G7 | F7 | C7 | C7 |" in C major
      Then the progressions found are "12-bar blues"

    Example: Eleven bars are not a 12-bar blues
      Given the chords "| C7 | C7 | C7 | C7 | F7 | F7 | C7 | C7 | G7 | F7 | C7 |" in C major
      Then no progression from the library is found
