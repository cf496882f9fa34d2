import { useEffect, useRef, useState, type FormEvent } from 'react';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { useI18n } from '@renderer/i18n';

type PdfJs = typeof PdfJsModule;

/** pdf.js is loaded only when a document is first shown: most screens never need it. */
async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** Text as a search compares it: case and accents aside, so that « region » finds « Région ». */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function pageText(content: TextContent): string {
  return content.items
    .filter((item): item is TextItem => 'str' in item)
    .map((item) => item.str + (item.hasEOL ? '\n' : ''))
    .join('');
}

/** The pages whose text holds the query, in order. */
async function pagesMatching(document: PDFDocumentProxy, query: string): Promise<number[]> {
  const wanted = searchable(query);
  const found: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    if (searchable(pageText(await page.getTextContent())).includes(wanted)) found.push(number);
  }
  return found;
}

/**
 * One page drawn twice: on a canvas for the eye, and as pdf.js's text layer (transparent text laid exactly over the
 * drawing) so that the page can be selected, copied, searched and read by a screen reader (docs/ACCESSIBILITY.md).
 */
function usePageDrawing(
  pdfjs: PdfJs | null,
  document: PDFDocumentProxy | null,
  page: number,
  zoom: number,
  query: string,
  parts: { sheet: HTMLDivElement | null; canvas: HTMLCanvasElement | null; text: HTMLDivElement | null },
) {
  const { sheet, canvas, text } = parts;
  useEffect(() => {
    if (!pdfjs || !document || !sheet || !canvas || !text) return;
    const running: Array<{ cancel: () => void }> = [];
    let left = false;
    const draw = async (pdfPage: PDFPageProxy) => {
      const viewport = pdfPage.getViewport({ scale: zoom * 1.25 });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      sheet.style.width = `${Math.floor(viewport.width)}px`;
      sheet.style.height = `${Math.floor(viewport.height)}px`;
      sheet.style.setProperty('--scale-factor', String(viewport.scale));
      const context = canvas.getContext('2d');
      if (!context) return;
      const render = pdfPage.render({
        canvasContext: context,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      running.push(render);
      text.replaceChildren();
      const layer = new pdfjs.TextLayer({ textContentSource: pdfPage.streamTextContent(), container: text, viewport });
      running.push(layer);
      await Promise.all([render.promise, layer.render()]);
      if (left || !query) return;
      const wanted = searchable(query);
      for (const span of text.querySelectorAll('span')) {
        if (span.childElementCount === 0 && searchable(span.textContent ?? '').includes(wanted))
          span.classList.add('pdf-match');
      }
    };
    document
      .getPage(page)
      .then((pdfPage) => (left ? undefined : draw(pdfPage)))
      // A page left while it was drawn cancels its drawing: that rejection is expected.
      .catch(() => undefined);
    return () => {
      left = true;
      for (const task of running) task.cancel();
    };
  }, [pdfjs, document, page, zoom, query, sheet, canvas, text]);
}

/** An attachment shown inside the app, offline, page by page (pdf.js, no plug-in, no network, no script). */
export function PdfViewer({ blob, name, lang }: { blob: Blob; name: string; lang?: string }) {
  const { t, formatList } = useI18n();
  const [pdfjs, setPdfjs] = useState<PdfJs | null>(null);
  const [document, setDocument] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<{ query: string; pages: number[] } | null>(null);
  const [sheet, setSheet] = useState<HTMLDivElement | null>(null);
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [text, setText] = useState<HTMLDivElement | null>(null);
  const searching = useRef(0);

  useEffect(() => {
    let cancelled = false;
    let loading: { destroy: () => Promise<void> } | null = null;
    void (async () => {
      try {
        const library = await loadPdfJs();
        const data = new Uint8Array(await blob.arrayBuffer());
        if (cancelled) return;
        // No eval: the app's content security policy forbids it. pdf.js runs a document's scripts only in its full
        // viewer's scripting sandbox, which the app does not load.
        const task = library.getDocument({ data, isEvalSupported: false });
        loading = task;
        const loaded = await task.promise;
        if (cancelled) return;
        setPdfjs(library);
        setDocument(loaded);
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      // Leaving the page while pdf.js still works rejects its pending promises with "Transport destroyed":
      // they are answered here, not left to surface as unhandled errors.
      loading?.destroy().catch(() => undefined);
    };
  }, [blob]);

  usePageDrawing(pdfjs, document, page, zoom, search?.query ?? '', { sheet, canvas, text });

  const find = async (event: FormEvent) => {
    event.preventDefault();
    const query = typed.trim();
    // A newer search, or a cleared field, makes any search still running stale.
    const ticket = ++searching.current;
    if (!document || !query) return setSearch(null);
    const pages = await pagesMatching(document, query);
    if (ticket !== searching.current) return;
    setSearch({ query, pages });
    // From the page being read onwards, then from the start.
    const next = pages.find((candidate) => candidate > page) ?? pages[0];
    if (next !== undefined && !pages.includes(page)) setPage(next);
  };

  if (failed) return <p className="warning">{t('pdf.failed')}</p>;
  if (!document) return <p className="muted">{t('pdf.loading')}</p>;
  const nextMatch = search?.pages.find((candidate) => candidate > page) ?? search?.pages[0];
  return (
    <figure className="pdf" aria-label={t('pdf.label', { name })}>
      <div className="pdf__toolbar">
        <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('pdf.previous')}
        </button>
        <span aria-live="polite">{t('pdf.page', { page, pages: document.numPages })}</span>
        <button type="button" className="button" disabled={page >= document.numPages} onClick={() => setPage(page + 1)}>
          {t('pdf.next')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setZoom(Math.max(0.5, zoom - 0.25))}
          aria-label={t('pdf.zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setZoom(Math.min(3, zoom + 0.25))}
          aria-label={t('pdf.zoomIn')}
        >
          +
        </button>
        <form className="pdf__search" role="search" onSubmit={(event) => void find(event)}>
          <input
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            aria-label={t('pdf.search', { name })}
          />
          <button type="submit" className="button">
            {t('pdf.find')}
          </button>
          {search && search.pages.length > 1 && nextMatch !== undefined && nextMatch !== page && (
            <button type="button" className="button" onClick={() => setPage(nextMatch)}>
              {t('pdf.nextMatch', { page: nextMatch })}
            </button>
          )}
        </form>
        <span role="status" className="pdf__found">
          {search &&
            (search.pages.length === 0
              ? t('pdf.notFound', { query: search.query })
              : t('pdf.found', { count: search.pages.length, pages: formatList(search.pages.map(String)) }))}
        </span>
      </div>
      {/* Focusable so that a keyboard can scroll a zoomed page. */}
      <div className="pdf__page" tabIndex={0} role="region" aria-label={t('pdf.label', { name })}>
        <div ref={setSheet} className="pdf__sheet">
          <canvas ref={setCanvas} role="img" aria-label={t('pdf.page', { page, pages: document.numPages })} />
          <div ref={setText} className="textLayer" lang={lang} />
        </div>
      </div>
    </figure>
  );
}
