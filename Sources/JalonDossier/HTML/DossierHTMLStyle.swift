/// The page's only style sheet, inline. Colours and their contrast ratios (WCAG 2.1, relative
/// luminance), all at least 4.5:1 for text:
///   text   #1b1f24 on #ffffff 16.6:1 · on #f6f7f9 15.5:1
///   muted  #4b5563 on #ffffff 7.6:1  · on #f6f7f9 7.1:1
///   accent #1f4e8c on #ffffff 8.3:1  · on #eef3fa 7.5:1 · white on #1f4e8c 8.3:1
///   badges #14532d on #e8f3ec 8.0:1  · #7a3e00 on #fff1dc 7.5:1 · #374151 on #eef0f3 9.0:1
///   bars   #1f4e8c on track #e5e7eb 6.7:1 (graphics need 3:1)
/// No status is said by colour alone: each badge has a symbol and a word.
/// Print: A4, page numbers in the margin box, a new page before the counsellor's notes (the part a
/// counsellor annotates); tables (unless longer than a page), rows, charts, notes and timeline points
/// never cut across pages, and a heading or caption never left alone at the foot of a page.
enum DossierHTMLStyle {
    static let css: StaticString = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm;
          @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #4b5563; } }
        :root { color: #1b1f24; background: #ffffff; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
          margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .3rem; color: #1f4e8c; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #1f4e8c; color: #1f4e8c; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        p, ul, ol, dl { margin: .3rem 0 .6rem; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: .9em; }
        a { color: #1f4e8c; }
        .meta, .vide, .note-meta, .source-detail { color: #4b5563; }
        .vide { font-style: italic; }
        .entete { border-bottom: 1px solid #d1d5db; padding-bottom: .6rem; }
        .sommaire { columns: 2; font-size: .95rem; padding-left: 1.4rem; }
        dl.fiche { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.fiche dt { font-weight: bold; }
        dl.fiche dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
        caption { text-align: left; font-weight: bold; padding: .2rem 0; }
        th, td { border: 1px solid #d1d5db; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        thead th { background: #f6f7f9; }
        tbody th { font-weight: normal; }
        td.nombre, th.nombre { text-align: right; font-variant-numeric: tabular-nums; }
        .graphique { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .graphique svg { flex: none; }
        .graphique table { flex: 1; min-width: 16rem; width: auto; }
        .holland { font-size: 1.1rem; }
        .holland strong { font-size: 1.4rem; letter-spacing: .15em; color: #1f4e8c; }
        .piste, .cible, .note { border: 1px solid #d1d5db; border-left: 4px solid #1f4e8c; padding: .5rem .8rem; margin: .6rem 0;
          background: #ffffff; }
        .score { display: flex; align-items: center; gap: .6rem; margin: .3rem 0; }
        .score svg { flex: none; }
        .badge { display: inline-block; white-space: nowrap; padding: 0 .45rem; border-radius: .3rem; font-size: .9rem; font-weight: bold; }
        .badge.point-appui, .badge.faite, .badge.choisie { background: #e8f3ec; color: #14532d; }
        .badge.besoin, .badge.a-faire { background: #fff1dc; color: #7a3e00; }
        .badge.non-explore, .badge.planifiee, .badge.annulee { background: #eef0f3; color: #374151; }
        .badge.choisie { border: 1px solid #14532d; }
        tr.choisie th, tr.choisie td { background: #eef3fa; }
        .frise { list-style: none; padding: 0 0 0 1.6rem; border-left: 3px solid #1f4e8c; margin-left: .6rem; }
        .frise li { position: relative; margin: 0 0 .8rem; }
        .frise .point { position: absolute; left: -2.35rem; top: .05rem; width: 1.4rem; height: 1.4rem; border-radius: 50%;
          border: 2px solid #1f4e8c; background: #ffffff; color: #1f4e8c; text-align: center; line-height: 1.2rem; font-size: .85rem; }
        .frise li.faite .point { background: #1f4e8c; color: #ffffff; }
        .frise li.annulee .intitule { text-decoration: line-through; }
        .frise li.aujourdhui { color: #4b5563; font-style: italic; }
        .frise li.aujourdhui .point { border-style: dashed; }
        .frise .date { font-weight: bold; }
        .empreinte code { display: block; word-break: break-all; font-size: 1rem; padding: .5rem; background: #f6f7f9;
          border: 1px solid #d1d5db; }
        ul.raisons { padding-left: 1.2rem; }
        ul.source-detail { list-style: none; padding: 0; margin: .2rem 0 0; }
        ul.source-detail li { display: inline; }
        ul.source-detail li + li::before { content: " · "; }
        .manque { color: #4b5563; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav, .sommaire { display: none; }
          a { color: inherit; text-decoration: none; }
          #notes { break-before: page; }
          /* A flex row is not split across pages by Chromium: in print the hexagon floats beside its table. */
          .graphique { display: block; }
          .graphique svg { float: left; width: 62mm; height: 62mm; margin: 0 6mm 2mm 0; }
          .graphique table { width: auto; min-width: 0; overflow: hidden; }
          .graphique::after { content: ""; display: block; clear: both; }
          h2, h3, caption, .holland { break-after: avoid; }
          table, tr, .note, .frise li, svg, dl.fiche, .score { break-inside: avoid; }
          thead { display: table-header-group; }
          .badge, thead th, tr.choisie td, tr.choisie th, .frise .point, .empreinte code { print-color-adjust: exact;
            -webkit-print-color-adjust: exact; }
        }
        """
}
