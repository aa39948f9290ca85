/** The examples/ and labs/ scripts, bundled as strings by web/build.mjs. */
declare module 'tuxnet:scripts' {
  export const SCRIPTS: readonly { readonly name: string; readonly text: string }[];
}
