// Keeps the working objects of the last analysis alive until the next one, so that V8 keeps the code
// it compiled for them. Pure: imports nothing from editors, LSP or Node.
//
// V8 compiles the core's passes for the hidden classes ("maps") of the objects they meet: the
// attribution context and its speaker registry, the sentence starts, the quote scanner's state.
// A map lives only as long as some object has it. A full garbage collection between two analyses,
// when none of those objects is alive, frees their maps, and V8 then throws away every compiled
// function that was made for them: the next few analyses run two to three times slower, until V8 has
// compiled the passes again (on a 1 MB text about 40 functions, over three or four analyses). The
// objects kept here hold those maps. Nothing is ever read back from them; each analysis replaces the
// previous one's, so at most one analysis's working state is kept.

/** The objects kept, by what they are. */
const kept = new Map<string, object>();

/** Keeps `value` alive until the next call for the same `kind` (see above). */
export function retainUntilNext(kind: string, value: object): void {
  kept.set(kind, value);
}
