Feature: Harmonic rhythm
  Harmonic rhythm is the rate at which the harmony changes. A chord repeated in the next bar, or
  re-voiced over another bass, is the same harmony and no change; the first chord starts the music
  and is no change either.

  Rule: Each change of harmony counts once, wherever it falls in the bar

    Example: "Let It Be": nine changes in eight bars, two of them inside the cadential bars
      Given the chords "| C | G | Am | F | C | G | F C/E | Dm7 C |" in C major
      Then the harmony changes 1.125 times per bar

    Example: A chord held for two bars changes the harmony once
      Given the chords "| A | A | F#m | F#m | D | E | A | A |" in A major
      Then the harmony changes 0.5 times per bar
