Feature: Cadences
  A cadence is how a phrase closes, read from its last two chords. A phrase closes at the end of
  the piece, at the end of a section, or on a chord held from the downbeat of a section's fourth
  (eighth, …) bar. A chord repeated in the next bar is the same harmony held on.

  Rule: V to I at a phrase end is an authentic cadence, perfect when both chords are in root position

    Example: "Twinkle, Twinkle, Little Star": the first phrase closes plagally, the second with V7-I
      Given the chords "| C | C | F | C | F | C | G7 | C |" in C major
      Then the cadences are "plagal IV-I at C; perfect authentic V7-I at C"

    Example: An inverted dominant makes the cadence imperfect
      Given the chords "| C | F | G7/B | C |" in C major
      Then the cadences are "imperfect authentic V65-I at C"

    Example: V to I in the middle of a phrase is no cadence
      Given the chords "| C G7 | C F | Dm | C |" in C major
      Then the cadences are "none"

  Rule: IV to I at a phrase end is a plagal cadence

    Example: The "Amen" that closes a hymn
      Given the chords "| C | G7 | C | F | C |" in C major
      Then the cadences are "plagal IV-I at C"

  Rule: A phrase that stops on V ends with a half cadence

    Example: The first strain of "Greensleeves" stops on the dominant
      Given the chords "| Am | G | F | E |" in A minor
      Then the cadences are "half bVI-V at E"

  Rule: iv6 to V in minor is the Phrygian half cadence

    Example: The two chords of the Adagio of Bach's Third Brandenburg Concerto
      Given the chords "| Am/C | B |" in E minor
      Then the cadences are "phrygian half iv6-V at B"

    Example: With iv in root position it is a plain half cadence
      Given the chords "| Em | Am | B |" in E minor
      Then the cadences are "half iv-V at B"

  Rule: V to vi (bVI in minor) at a phrase end is a deceptive cadence

    Example: The dominant resolves to the submediant instead of the tonic
      Given the chords "| C | F | G7 | Am |" in C major
      Then the cadences are "deceptive V7-vi at Am"

    Example: In minor the deception lands on bVI
      Given the chords "| Am | Dm | E7 | F |" in A minor
      Then the cadences are "deceptive V7-bVI at F"
