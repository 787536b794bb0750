import type { Timex, TimexType } from '../types.js'

/** A TIMEX3 read from a TimeML file: the timex plus its id and every attribute as written. */
export interface TimeMLTimex extends Timex {
  /** The `tid` attribute (`t12`), when the tag has one. */
  tid?: string
  /** Every attribute of the tag, entities decoded (`functionInDocument`, `anchorTimeID`…). */
  attributes: Record<string, string>
}

/** A TimeML document as `parseTimeML` reads it. */
export interface TimeMLDocument {
  /** Content of `<DOCID>`, when present. */
  docId?: string
  /** Value of the creation-time TIMEX3 (`functionInDocument="CREATION_TIME"`), when present. */
  dct?: string
  /** Type of the creation-time TIMEX3 (`DATE` or `TIME`). */
  dctType?: TimexType
  /** Content of `<TEXT>` with every tag removed and entities decoded: what offsets index. */
  text: string
  /** The TIMEX3 tags inside `<TEXT>`, in document order. */
  timexes: TimeMLTimex[]
}

/** Options for `toTimeML`. */
export interface ToTimeMLOptions {
  /** The document creation time written as the `CREATION_TIME` TIMEX3 (`2016-11-07`). */
  dct?: string
  /** The `<DOCID>` to write. */
  docId?: string
  /** The text shown inside the `<DCT>` TIMEX3; defaults to its value. */
  dctText?: string
}
