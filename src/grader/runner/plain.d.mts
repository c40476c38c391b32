export declare const LIMITS: Readonly<{ DEPTH: number; ENTRIES: number; OBJECTS: number; CHARS: number; MESSAGE: number; STACK: number }>;
/** A value that is not plain data; its message completes "returned …". */
export declare class Unplain extends Error {}
/** A plain-data copy of `value`, or throws Unplain saying what it was. */
export declare function toPlain(value: unknown, limits?: typeof LIMITS): unknown;
