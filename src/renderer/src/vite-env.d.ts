/** Vite turns `?url` imports into the emitted file's URL (the PDF preview's worker). */
declare module '*?url' {
  const url: string
  export default url
}
