/** A file of an export, ready to write, to send as a download or to put in the ZIP. */
export interface ExportFile {
  /** Path inside the ZIP, `/`-separated; never derived from customer text. */
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}
