Feature: Voice leading and complexity
  Chords from a lead sheet are connected as a keyboard player connects them: each voice moves to
  the nearest tone of the next chord. Complexity weighs chromatic and applied chords, sevenths,
  the variety of the numerals and the speed of the harmonic rhythm.

  Rule: Each change of harmony moves the voices by the smallest total motion

    Example: Pachelbel's ground: 27 semitones of motion over its seven changes (D-A alone moves 3)
      Given the chords "| D A | Bm F#m | G D | G A |" in D major
      Then the voices move 3.86 semitones per change of harmony on average

    Example: A re-voiced chord moves nothing
      Given the chords "| C | C/E | C |" in C major
      Then no change of harmony moves the voices

  Rule: Colour makes a progression more complex

    Example: Three chords are simpler than a jazz turnaround with substitutions
      Given the chords "| C | F | G | C |" in C major
      Then the progression is simpler than "| C A7 | Dm7 G7 | Cmaj7 Ab7 | Db/F G13 |" in C major
