// The part of sax (a dependency of our dependencies, used here as a strict XML well-formedness check) the tests use.
declare module "sax" {
  interface Tag {
    name: string;
    attributes: Record<string, string>;
  }
  interface SAXParser {
    onerror: (error: Error) => void;
    onopentag: (tag: Tag) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
    write(text: string): SAXParser;
    close(): SAXParser;
  }
  const sax: { parser(strict: boolean, options: object): SAXParser };
  export default sax;
}
