import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useI18n } from '@renderer/i18n';

/** pdf.js is loaded only when a document is first shown: most screens never need it. */
async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** An attachment shown inside the app, offline, page by page (pdf.js renders to a canvas; no plug-in, no network). */
export function PdfViewer({ blob, name }: { blob: Blob; name: string }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [document, setDocument] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);

  useEffect(() => {
    let cancelled = false;
    let loading: { destroy: () => Promise<void> } | null = null;
    void (async () => {
      try {
        const pdfjs = await loadPdfJs();
        const data = new Uint8Array(await blob.arrayBuffer());
        if (cancelled) return;
        // No eval: the app's content security policy forbids it, and pdf.js does not need it.
        const task = pdfjs.getDocument({ data, isEvalSupported: false });
        loading = task;
        const loaded = await task.promise;
        if (!cancelled) setDocument(loaded);
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

  useEffect(() => {
    if (!document || !canvas.current) return;
    let task: { cancel: () => void } | null = null;
    let left = false;
    const shown = document.getPage(page).then((pdfPage) => {
      const target = canvas.current;
      if (left || !target) return;
      const viewport = pdfPage.getViewport({ scale: zoom * 1.25 });
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      target.style.width = `${Math.floor(viewport.width)}px`;
      const context = target.getContext('2d');
      if (!context) return;
      const render = pdfPage.render({
        canvasContext: context,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      task = render;
      render.promise.catch(() => undefined);
    });
    shown.catch(() => undefined);
    return () => {
      left = true;
      task?.cancel();
    };
  }, [document, page, zoom]);

  if (failed) return <p className="warning">{t('pdf.failed')}</p>;
  if (!document) return <p className="muted">{t('pdf.loading')}</p>;
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
      </div>
      {/* Focusable so that a keyboard can scroll a zoomed page. */}
      <div className="pdf__page" tabIndex={0} role="region" aria-label={t('pdf.label', { name })}>
        <canvas ref={canvas} role="img" aria-label={t('pdf.page', { page, pages: document.numPages })} />
      </div>
    </figure>
  );
}
