/** Larger files are refused before they are read: an answers file is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
