// Example queries ship as cypher/examples/*.cypher, each with a header:
//   // title: Who met whom
//   // question: Which officials met, and where does it say so?
// followed by one statement. This reads the header and the statement apart.

export interface CypherExample {
  file: string;
  title: string;
  question: string;
  query: string;
}

export function parseExample(file: string, raw: string): CypherExample {
  const header: Record<string, string> = {};
  const body: string[] = [];
  let inHeader = true;
  for (const line of raw.replace(/\r\n/g, '\n').split('\n')) {
    const m = inHeader ? /^\s*\/\/\s*([a-z]+)\s*:\s*(.*)$/i.exec(line) : null;
    if (m) {
      header[m[1]!.toLowerCase()] = m[2]!.trim();
      continue;
    }
    if (inHeader && /^\s*(\/\/.*)?$/.test(line)) continue;
    inHeader = false;
    body.push(line);
  }
  const name = file.replace(/^.*\//, '').replace(/\.cypher$/, '');
  return {
    file: name,
    title: header.title ?? name.replace(/[-_]/g, ' '),
    question: header.question ?? '',
    query: body.join('\n').trim().replace(/;\s*$/, ''),
  };
}

export function parseExamples(files: Record<string, string>): CypherExample[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, raw]) => parseExample(file, raw));
}
