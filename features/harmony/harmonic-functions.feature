Feature: Harmonic functions
  Each chord has a function in its key: tonic (rest), subdominant (motion away, preparing the
  dominant), dominant (tension that seeks the tonic), or tonic substitute (vi and iii, which share
  two tones with the tonic).

  Rule: The primary triads carry the three functions

    Example: A plain cadence
      Given the chords "C F G7 C" in C major
      Then the functions are "tonic, subdominant, dominant, tonic"

    Example: The same in minor
      Given the chords "Am Dm E7 Am" in A minor
      Then the functions are "tonic, subdominant, dominant, tonic"

  Rule: The submediant and mediant stand in for the tonic

    Example: The fifties progression
      Given the chords "C Am F G" in C major
      Then the functions are "tonic, tonic substitute, subdominant, dominant"

  Rule: An applied chord acts as a dominant of the chord it tonicizes

    Example: V7/ii before ii
      Given the chords "C A7 Dm G7 C" in C major
      Then the functions are "tonic, dominant, subdominant, dominant, tonic"

  Rule: A chromatic chord the theory tables do not name has no function

    Example: A raised fourth degree is left open rather than guessed
      Given the chords "C F#m C" in C major
      Then the chord "F#m" has no function
