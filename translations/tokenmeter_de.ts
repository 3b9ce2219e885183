<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddModelDialog</name>
    <message>
        <source>Price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <source>Reasoning model (thinks before it answers)</source>
        <translation>Denkmodell (denkt vor der Antwort nach)</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>as the endpoint names it, e.g. gpt-4o-mini</source>
        <translation>wie der Endpunkt es nennt, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>shown in tables and charts; the API id when empty</source>
        <translation>in Tabellen und Diagrammen angezeigt; leer: die API-ID</translation>
    </message>
    <message>
        <source> per million output tokens</source>
        <translation> pro Million Ausgabetokens</translation>
    </message>
    <message>
        <source>API id:</source>
        <translation>API-ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Output price:</source>
        <translation>Ausgabepreis:</translation>
    </message>
    <message>
        <source>Enter the model&apos;s API id.</source>
        <translation>Geben Sie die API-ID des Modells ein.</translation>
    </message>
    <message>
        <source>An API id has no spaces.</source>
        <translation>Eine API-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 could not be read; it was kept as %2 and the defaults are used.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; sie wurde als %2 aufbewahrt, und die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; the defaults are used.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>Through %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Ultra-budget</source>
        <translation>Ultra-günstig</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Günstig</translation>
    </message>
    <message>
        <source>Mid-range</source>
        <translation>Mittelklasse</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Noticeable</source>
        <translation>Spürbar</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>US East (Ohio)</source>
        <translation>USA Ost (Ohio)</translation>
    </message>
    <message>
        <source>Asia (Singapore)</source>
        <translation>Asien (Singapur)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Tokenmeter catalog</source>
        <translation>„%1“ ist kein Tokenmeter-Katalog</translation>
    </message>
    <message>
        <source>%1: cannot read the catalog file: %2</source>
        <translation>%1: Die Katalogdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than a catalog can be (%3 MiB)</source>
        <translation>%1: %2 MiB sind mehr, als ein Katalog groß sein kann (%3 MiB)</translation>
    </message>
</context>
<context>
    <name>CatalogEditDelegate</name>
    <message>
        <source>unknown</source>
        <comment>price</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>price date</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Empty: the run&apos;s endpoint</source>
        <translation>Leer: der Endpunkt des Laufs</translation>
    </message>
</context>
<context>
    <name>CatalogEditModel</name>
    <message>
        <source>Id</source>
        <comment>catalog id of a model</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API id</source>
        <comment>the id a request sends as model</comment>
        <translation>API-ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>$/M in</source>
        <comment>USD per million input tokens</comment>
        <translation>$/M Eingabe</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/M Ausgabe</translation>
    </message>
    <message>
        <source>Prices as of</source>
        <translation>Preise vom</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <comment>a model that thinks before it answers</comment>
        <translation>Denkphase</translation>
    </message>
    <message>
        <source>Sent as &quot;model&quot; in requests; the id when empty</source>
        <translation>In Anfragen als „model“ gesendet; leer: die ID</translation>
    </message>
    <message>
        <source>The saved endpoint that serves this model; when empty, the run&apos;s endpoint</source>
        <translation>Der gespeicherte Endpunkt, der dieses Modell bereitstellt; leer: der Endpunkt des Laufs</translation>
    </message>
    <message>
        <source>Input price in US dollars per million tokens; empty when unknown</source>
        <translation>Eingabepreis in US-Dollar pro Million Tokens; leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>Output price in US dollars per million tokens; empty when unknown</source>
        <translation>Ausgabepreis in US-Dollar pro Million Tokens; leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>When the prices were read; empty when unknown</source>
        <translation>Wann die Preise erfasst wurden; leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>the run&apos;s</source>
        <comment>endpoint of a model</comment>
        <translation>vom Lauf</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>price date</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Added by you; Remove takes it out of the catalog</source>
        <translation>Von Ihnen hinzugefügt; „Entfernen“ nimmt es aus dem Katalog</translation>
    </message>
    <message>
        <source>Edited: differs from the built-in catalog (Reset to seed puts it back)</source>
        <translation>Bearbeitet: weicht vom eingebauten Katalog ab („Auf Standard zurücksetzen“ stellt es wieder her)</translation>
    </message>
    <message>
        <source>From the built-in catalog</source>
        <translation>Aus dem eingebauten Katalog</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>provider of a user&apos;s model</comment>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Row %1 has no id: enter the id the model is known by.</source>
        <translation>Zeile %1 hat keine ID: Geben Sie die ID ein, unter der das Modell bekannt ist.</translation>
    </message>
    <message>
        <source>Row %1: the id &quot;%2&quot; has a space; ids have none.</source>
        <translation>Zeile %1: Die ID „%2“ enthält ein Leerzeichen; IDs enthalten keine.</translation>
    </message>
    <message>
        <source>Rows %1 and %2 have the same id &quot;%3&quot;; ids must be unique.</source>
        <translation>Die Zeilen %1 und %2 haben dieselbe ID „%3“; IDs müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Reset to &amp;seed</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Prices are US dollars per million tokens, empty when unknown. Built-in models can be edited but not removed.</source>
        <translation>Zum Bearbeiten doppelt auf eine Zelle klicken. Preise sind in US-Dollar pro Million Tokens angegeben, leer, wenn unbekannt. Eingebaute Modelle können bearbeitet, aber nicht entfernt werden.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Removes a model you added; models of the built-in catalog stay</source>
        <translation>Entfernt ein von Ihnen hinzugefügtes Modell; Modelle des eingebauten Katalogs bleiben</translation>
    </message>
    <message>
        <source>Puts an edited model back as the built-in catalog has it</source>
        <translation>Setzt ein bearbeitetes Modell auf den Stand des eingebauten Katalogs zurück</translation>
    </message>
    <message>
        <source>Adds or overrides models from a catalog file (JSON)</source>
        <translation>Fügt Modelle aus einer Katalogdatei (JSON) hinzu oder überschreibt sie</translation>
    </message>
    <message>
        <source>Saves the whole catalog as a JSON file</source>
        <translation>Speichert den gesamten Katalog als JSON-Datei</translation>
    </message>
    <message>
        <source>Fix the table before importing: %1</source>
        <translation>Korrigieren Sie vor dem Import die Tabelle: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: the catalog has %n model(s).</source>
        <translation>
            <numerusform>%1 importiert: Der Katalog enthält %n Modell.</numerusform>
            <numerusform>%1 importiert: Der Katalog enthält %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the table before exporting: %1</source>
        <translation>Korrigieren Sie vor dem Export die Tabelle: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n model(s) to %1.</source>
        <translation>
            <numerusform>%n Modell nach %1 exportiert.</numerusform>
            <numerusform>%n Modelle nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation>Katalogdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>Katalogdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Published reference figure of the study, not a Tokenmeter measurement</source>
        <translation>Veröffentlichter Referenzwert der Studie, keine Messung von Tokenmeter</translation>
    </message>
    <message>
        <source>%1 (API id %2, added by you)</source>
        <translation>%1 (API-ID %2, von Ihnen hinzugefügt)</translation>
    </message>
    <message>
        <source>%1 (API id %2)</source>
        <translation>%1 (API-ID %2)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>price tier</comment>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/M Ausgabe</translation>
    </message>
    <message>
        <source>Pub. TTFT</source>
        <comment>published time to first token, ms</comment>
        <translation>Veröff. TTFT</translation>
    </message>
    <message>
        <source>Pub. tok/s</source>
        <comment>published tokens per second</comment>
        <translation>Veröff. tok/s</translation>
    </message>
    <message>
        <source>Output price in US dollars per million tokens</source>
        <translation>Ausgabepreis in US-Dollar pro Million Tokens</translation>
    </message>
    <message>
        <source>Time to first token published by the study, in ms (reference, not measured)</source>
        <translation>Von der Studie veröffentlichte Zeit bis zum ersten Token, in ms (Referenz, nicht gemessen)</translation>
    </message>
    <message>
        <source>Output speed published by the study, in tokens/s (reference, not measured)</source>
        <translation>Von der Studie veröffentlichte Ausgabegeschwindigkeit, in Tokens/s (Referenz, nicht gemessen)</translation>
    </message>
</context>
<context>
    <name>ChartDeck</name>
    <message>
        <source>
Double-click to give this chart the whole window, again to restore.</source>
        <translation>
Doppelklick zeigt dieses Diagramm im ganzen Fenster, ein weiterer stellt die Ansicht wieder her.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Diagramm als SVG speichern…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Tokenmeter chart</source>
        <translation>Tokenmeter-Diagramm</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>No data yet: pick models and start a run (F5).</source>
        <translation>Noch keine Daten: Modelle auswählen und einen Lauf starten (F5).</translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>Interrupted: cancelling the run.</source>
        <translation>Unterbrochen: Der Lauf wird abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped keeping this run in the history: %1</source>
        <translation>Dieser Lauf wird nicht mehr im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Not keeping this run in the history: %1</source>
        <translation>Dieser Lauf wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Kept in the history as run %1 (%2).</source>
        <translation>Im Verlauf als Lauf %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Measuring the simulated provider at %1 (every figure is simulated).</source>
        <translation>Messe den simulierten Anbieter unter %1 (alle Werte sind simuliert).</translation>
    </message>
    <message>
        <source>Measuring %1 from %2.</source>
        <translation>Messe %1 aus %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 + %2 warm-up) = %3 requests.</source>
        <translation>(%1 + %2 zum Aufwärmen) = %3 Anfragen.</translation>
    </message>
    <message>
        <source>Sending to %1, per request:</source>
        <translation>Sende an %1, pro Anfrage:</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed:</source>
        <translation>%1 von %2 Anfragen fehlgeschlagen:</translation>
    </message>
    <message>
        <source>(%1 other kinds of error)</source>
        <translation>(%1 weitere Fehlerarten)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed and were tried again (kept in the report as retried, not errors).</source>
        <translation>
            <numerusform>%n Anfrage ist fehlgeschlagen und wurde erneut versucht (im Bericht als wiederholt vermerkt, kein Fehler).</numerusform>
            <numerusform>%n Anfragen sind fehlgeschlagen und wurden erneut versucht (im Bericht als wiederholt vermerkt, keine Fehler).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) stopped with the run (not failures).</source>
        <translation>
            <numerusform>%n Anfrage wurde mit dem Lauf angehalten (kein Fehler).</numerusform>
            <numerusform>%n Anfragen wurden mit dem Lauf angehalten (keine Fehler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSetup</name>
    <message>
        <source>the dashboard&apos;s catalog changes</source>
        <translation>die Katalogänderungen des Dashboards</translation>
    </message>
    <message>
        <source>Not using the dashboard&apos;s catalog changes: %1</source>
        <translation>Die Katalogänderungen des Dashboards werden nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Beyond noise: the 95% bootstrap confidence interval of the difference (each run&apos;s requests resampled 2000 times) does not contain 0. With fewer than 5 successful requests on either side no difference is called beyond noise. Tail percentiles (p99) of small samples are the least certain.</source>
        <translation>Über dem Rauschen: Das 95-%-Bootstrap-Konfidenzintervall der Differenz (die Anfragen jedes Laufs 2000-mal neu gezogen) enthält die 0 nicht. Mit weniger als 5 erfolgreichen Anfragen auf einer der beiden Seiten gilt keine Differenz als über dem Rauschen. Randperzentile (p99) kleiner Stichproben sind am unsichersten.</translation>
    </message>
    <message>
        <source>A measured %1, B %2: a simulated figure says nothing about a real API.</source>
        <translation>A hat %1 gemessen, B %2: Ein simulierter Wert sagt nichts über eine echte API aus.</translation>
    </message>
    <message>
        <source>the simulated provider</source>
        <translation>den simulierten Anbieter</translation>
    </message>
    <message>
        <source>a real API</source>
        <translation>eine echte API</translation>
    </message>
    <message>
        <source>A measured %1, B %2: the endpoints differ.</source>
        <translation>A hat %1 gemessen, B %2: Die Endpunkte unterscheiden sich.</translation>
    </message>
    <message>
        <source>A was measured at %1x speed-up, B at %2x: a speed-up multiplies the measurement&apos;s own lag, so part of the difference may be the speed-up&apos;s.</source>
        <translation>A wurde mit %1x Beschleunigung gemessen, B mit %2x: Eine Beschleunigung vervielfacht die Messverzögerung selbst, daher kann ein Teil des Unterschieds von der Beschleunigung stammen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A and B sent different requests (prompt or maximum tokens): their tokens/s and TTFT measure different work.</source>
        <translation>A und B haben unterschiedliche Anfragen gesendet (Prompt oder maximale Tokens): Ihre Tokens/s und TTFT messen unterschiedliche Arbeit.</translation>
    </message>
    <message>
        <source>too few requests</source>
        <translation>zu wenige Anfragen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes, but read the caution above</source>
        <translation>ja, aber Vorsichtshinweis oben beachten</translation>
    </message>
    <message>
        <source>A and B had different workloads (A: %1; B: %2): input lengths, prompt caching or answer lengths differ, so their TTFT and tokens/s measure different work.</source>
        <translation>A und B hatten verschiedene Arbeitslasten (A: %1; B: %2): Eingabelängen, Prompt-Caching oder Antwortlängen unterscheiden sich, daher messen ihre TTFT und Tokens/s verschiedene Arbeit.</translation>
    </message>
    <message>
        <source>%1 %2 (A %3, B %4 tokens)</source>
        <translation>%1 %2 (A %3, B %4 Token)</translation>
    </message>
    <message>
        <source>Output lengths (p50 per request) differ by more than 20%: %1. Tokens/s and end-to-end times do not compare directly at different lengths; compare text speed (chars/s) or fix the length.</source>
        <translation>Die Ausgabelängen (p50 je Anfrage) unterscheiden sich um mehr als 20 %: %1. Token/s und Gesamtzeiten sind bei verschiedenen Längen nicht direkt vergleichbar; vergleichen Sie die Textgeschwindigkeit (Zeichen/s) oder legen Sie die Länge fest.</translation>
    </message>
    <message>
        <source>%1 is a load test of %2 steps, pooled here: its figures mix different loads. Compare two sweeps with tokenmeter-cli compare, which goes step by step.</source>
        <translation>%1 ist ein Lasttest mit %2 Stufen, hier zusammengefasst: seine Werte mischen verschiedene Lasten. Vergleichen Sie zwei Stufenmessungen mit tokenmeter-cli compare, das Stufe für Stufe vorgeht.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>n A/B</source>
        <translation>n A/B</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <source>Beyond noise</source>
        <translation>Über dem Rauschen</translation>
    </message>
    <message>
        <source>TTFT p50 ms</source>
        <translation>TTFT p50 ms</translation>
    </message>
    <message>
        <source>TTFT p90 ms</source>
        <translation>TTFT p90 ms</translation>
    </message>
    <message>
        <source>TTFT p99 ms</source>
        <translation>TTFT p99 ms</translation>
    </message>
    <message>
        <source>tok/s p50</source>
        <translation>tok/s p50</translation>
    </message>
    <message>
        <source>Read with care: part of a difference may come from how the runs were measured, not from the models.</source>
        <translation>Mit Vorsicht lesen: Ein Teil eines Unterschieds kann von der Messweise der Läufe herrühren, nicht von den Modellen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2&lt;br&gt;TTFT: time to the %3.</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2&lt;br&gt;TTFT: Zeit bis zum %3.</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>Tokens/s p50</source>
        <translation>Tokens/s p50</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Change in %1 from A to B, with its 95% interval</source>
        <translation>Änderung von %1 von A nach B, mit 95-%-Intervall</translation>
    </message>
    <message>
        <source>Characters/s p50 (answer text)</source>
        <translation>Zeichen/s p50 (Antworttext)</translation>
    </message>
    <message>
        <source>chars/s p50</source>
        <translation>Zeichen/s p50</translation>
    </message>
    <message>
        <source>out tok p50</source>
        <translation>Ausg.-Token p50</translation>
    </message>
    <message>
        <source>characters/s</source>
        <translation>Zeichen/s</translation>
    </message>
</context>
<context>
    <name>CostProjector</name>
    <message>
        <source>All GLM-5</source>
        <translation>Nur GLM-5</translation>
    </message>
    <message>
        <source>All DeepSeek V4 Pro</source>
        <translation>Nur DeepSeek V4 Pro</translation>
    </message>
    <message>
        <source>Routed mix</source>
        <translation>Gerouteter Mix</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a share: write it as &quot;60% DeepSeek V4 Flash&quot;.</source>
        <translation>„%1“ ist kein Anteil: Schreiben Sie ihn als „60% DeepSeek V4 Flash“.</translation>
    </message>
    <message>
        <source>No model &quot;%1&quot; in the catalog.</source>
        <translation>Kein Modell „%1“ im Katalog.</translation>
    </message>
    <message>
        <source>The share of %1 must be more than 0%.</source>
        <translation>Der Anteil von %1 muss größer als 0% sein.</translation>
    </message>
    <message>
        <source>The mix is empty: name at least one model with its share.</source>
        <translation>Der Mix ist leer: Nennen Sie mindestens ein Modell mit seinem Anteil.</translation>
    </message>
    <message>
        <source>The shares add up to %1%, not 100%.</source>
        <translation>Die Anteile ergeben zusammen %1%, nicht 100%.</translation>
    </message>
</context>
<context>
    <name>CostProjectorPanel</name>
    <message>
        <source> M output tokens / month</source>
        <translation> Mio. Ausgabetokens / Monat</translation>
    </message>
    <message>
        <source>Study&apos;s example</source>
        <translation>Beispiel der Studie</translation>
    </message>
    <message>
        <source>All GLM-5, all DeepSeek V4 Pro, and 60% V4 Flash / 30% Qwen3-8B / 10% MiniMax M2.5</source>
        <translation>Nur GLM-5, nur DeepSeek V4 Pro sowie 60% V4 Flash / 30% Qwen3-8B / 10% MiniMax M2.5</translation>
    </message>
    <message>
        <source>Add strategy</source>
        <translation>Strategie hinzufügen</translation>
    </message>
    <message>
        <source>A new strategy; double-click its mix to edit it</source>
        <translation>Eine neue Strategie; zum Bearbeiten doppelt auf ihren Mix klicken</translation>
    </message>
    <message>
        <source>Strategy %1</source>
        <translation>Strategie %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Output tokens only: input prices are not in the catalog. Double-click a name or mix to edit it.</source>
        <translation>Nur Ausgabetokens: Eingabepreise sind nicht im Katalog. Zum Bearbeiten doppelt auf einen Namen oder Mix klicken.</translation>
    </message>
    <message numerus="yes">
        <source>Even mix of %n model(s)</source>
        <translation>
            <numerusform>Gleichmäßiger Mix aus %n Modell</numerusform>
            <numerusform>Gleichmäßiger Mix aus %n Modellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Which model for which job</source>
        <translation>Welches Modell wofür</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Double-click a request for its details; select one to see its text</source>
        <translation>Doppelklick auf eine Anfrage zeigt Details; Auswahl zeigt ihren Text</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost projector</source>
        <translation>Kostenprognose</translation>
    </message>
    <message>
        <source>Rows coloured by TTFT band; click a header to sort, right-click it for more columns</source>
        <translation>Zeilen nach TTFT-Bereich eingefärbt; Klick auf eine Kopfzeile sortiert, Rechtsklick zeigt weitere Spalten</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Token arrival</source>
        <translation>Token-Eingang</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>Preisstufen</translation>
    </message>
    <message>
        <source>Input length</source>
        <translation>Eingabelänge</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Load steps</source>
        <translation>Laststufen</translation>
    </message>
    <message>
        <source>Leaderboard: every step of the sweep pooled (see Load steps)</source>
        <translation>Rangliste: alle Stufen der Stufenmessung zusammengefasst (siehe Laststufen)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>cannot read the dataset %1: %2</source>
        <translation>Der Datensatz %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the dataset %1 is larger than %2 MB</source>
        <translation>Der Datensatz %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>the dataset %1 is empty</source>
        <translation>Der Datensatz %1 ist leer</translation>
    </message>
    <message numerus="yes">
        <source>the dataset %1 holds no usable conversation: %n line(s) skipped, each needs &quot;messages&quot; or &quot;conversations&quot; with a user turn</source>
        <translation>
            <numerusform>Der Datensatz %1 enthält kein verwendbares Gespräch: %n Zeile übersprungen, jede braucht „messages“ oder „conversations“ mit einem Benutzerbeitrag</numerusform>
            <numerusform>Der Datensatz %1 enthält kein verwendbares Gespräch: %n Zeilen übersprungen, jede braucht „messages“ oder „conversations“ mit einem Benutzerbeitrag</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 MB</source>
        <translation>%1:%2: Die Zeile ist länger als %3 MB</translation>
    </message>
    <message>
        <source>the dataset %1 is not UTF-8 text (line %2)</source>
        <translation>Der Datensatz %1 ist kein UTF-8-Text (Zeile %2)</translation>
    </message>
    <message>
        <source>the dataset %1 is a JSON array, not JSON Lines: one conversation per line (jq -c &apos;.[]&apos; converts it)</source>
        <translation>Der Datensatz %1 ist ein JSON-Array, nicht JSON Lines: ein Gespräch pro Zeile (jq -c &apos;.[]&apos; wandelt ihn um)</translation>
    </message>
    <message>
        <source>%1:%2: not JSON: %3 (column %4)</source>
        <translation>%1:%2: kein JSON: %3 (Spalte %4)</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Send the prompt instead (no dataset)</source>
        <translation>Stattdessen den Prompt senden (kein Datensatz)</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Dataset…</source>
        <translation>Datensatz…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>%1: unreadable</source>
        <translation>%1: nicht lesbar</translation>
    </message>
    <message>
        <source>%1: %2 conversations; %3 lines skipped (no usable conversation). Each request sends one.</source>
        <translation>%1: %2 Gespräche; %3 Zeilen übersprungen (kein verwendbares Gespräch). Jede Anfrage sendet eines.</translation>
    </message>
    <message>
        <source>Only the first %1 conversations are used; %2 more are left out.</source>
        <translation>Nur die ersten %1 Gespräche werden verwendet; %2 weitere bleiben außen vor.</translation>
    </message>
    <message>
        <source>Prompt from a file…</source>
        <translation>Prompt aus einer Datei…</translation>
    </message>
    <message>
        <source>Read the prompt from a file</source>
        <translation>Den Prompt aus einer Datei lesen</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Text (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send conversations from a JSON Lines file (OpenAI &quot;messages&quot; or ShareGPT &quot;conversations&quot;) instead of the prompt: each request one, drawn by a seed, the same for every lane. Its menu reads the prompt from a text file.</source>
        <translation>Statt des Prompts Gespräche aus einer JSON-Lines-Datei senden (OpenAI „messages“ oder ShareGPT „conversations“): je Anfrage eines, mit einem Startwert gezogen, für jede Spur dasselbe. Sein Menü liest den Prompt aus einer Textdatei.</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>%1 %2 is not a count</source>
        <translation>%1 %2 ist keine gültige Anzahl</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <source>Output speed (tokens/s)</source>
        <translation>Ausgabegeschwindigkeit (Tokens/s)</translation>
    </message>
    <message>
        <source>Box p25–p75, whiskers p10–p90, line at the median; colour: TTFT band; ■ published figure</source>
        <translation>Box p25–p75, Whisker p10–p90, Linie am Median; Farbe: TTFT-Bereich; ■ veröffentlichter Wert</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>First answer text</source>
        <translation>Erster Antworttext</translation>
    </message>
    <message>
        <source>First token of any kind</source>
        <translation>Erstes Token jeder Art</translation>
    </message>
    <message>
        <source>ms (log scale)</source>
        <translation>ms (log. Skala)</translation>
    </message>
    <message>
        <source>What TTFT means in every chart, table and export. Reasoning models think before they answer: their first token comes long before their answer text. The published figures are to the first token.</source>
        <translation>Was TTFT in jedem Diagramm, jeder Tabelle und jedem Export bedeutet. Denkmodelle denken, bevor sie antworten: Ihr erstes Token kommt lange vor ihrem Antworttext. Die veröffentlichten Werte beziehen sich auf das erste Token.</translation>
    </message>
    <message>
        <source>Time to first token: any kind, reasoning included (ms)</source>
        <translation>Zeit bis zum ersten Token: beliebiger Art, Denkphase eingeschlossen (ms)</translation>
    </message>
    <message>
        <source>Time to first token: first answer text (ms)</source>
        <translation>Zeit bis zum ersten Token: erster Antworttext (ms)</translation>
    </message>
    <message>
        <source>Colour: TTFT band of the lane&apos;s p50</source>
        <translation>Farbe: TTFT-Band des p50 der Spur</translation>
    </message>
    <message>
        <source>Workload: %1. The published figures are the study&apos;s, for its short prompt.</source>
        <translation>Arbeitslast: %1. Die veröffentlichten Werte sind die der Studie, für ihren kurzen Prompt.</translation>
    </message>
    <message>
        <source>First token: %1</source>
        <translation>Erstes Token: %1</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>&amp;Send stream_options.include_usage</source>
        <translation>stream_options.include_usage &amp;mitsenden</translation>
    </message>
    <message>
        <source>up to and including the version, e.g. https://api.example.com/v1</source>
        <translation>bis einschließlich der Version, z. B. https://api.example.com/v1</translation>
    </message>
    <message>
        <source>OpenAI-compatible (/chat/completions)</source>
        <translation>OpenAI-kompatibel (/chat/completions)</translation>
    </message>
    <message>
        <source>Anthropic Messages (/messages)</source>
        <translation>Anthropic Messages (/messages)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>z. B. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>type a new key to replace the saved one</source>
        <translation>neuen Schlüssel eingeben, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>One “Name: value” per line, e.g.
HTTP-Referer: https://example.com</source>
        <translation>Ein „Name: Wert“ pro Zeile, z. B.
HTTP-Referer: https://example.com</translation>
    </message>
    <message>
        <source>Sent with every request. Reports record the names only, never the values.</source>
        <translation>Wird mit jeder Anfrage gesendet. Berichte halten nur die Namen fest, nie die Werte.</translation>
    </message>
    <message>
        <source>Asks the server to report token usage at the end of the stream. Some servers refuse requests that carry it: untick it for those.</source>
        <translation>Bittet den Server, am Ende des Streams den Token-Verbrauch zu melden. Manche Server lehnen Anfragen ab, die es enthalten: Für diese das Häkchen entfernen.</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority (optional)</source>
        <translation>PEM-Datei einer privaten CA (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>API key &amp;from:</source>
        <translation>API-Schlüssel &amp;aus:</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>&amp;Zusätzliche Header:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a certificate authority</source>
        <translation>Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the endpoint a name.</source>
        <translation>Geben Sie dem Endpunkt einen Namen.</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, e.g. https://api.example.com/v1.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein, z. B. https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>Enter the environment variable that holds the key.</source>
        <translation>Geben Sie die Umgebungsvariable an, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>“%1” is not an environment variable name (letters, digits and _).</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariable (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>Press “Save in keychain” to keep the key you typed, or clear the field.</source>
        <translation>Drücken Sie „Im Schlüsselbund speichern“, um den eingegebenen Schlüssel zu behalten, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Line %1 of the extra headers is not “Name: value”: %2</source>
        <translation>Zeile %1 der zusätzlichen Header hat nicht die Form „Name: Wert“: %2</translation>
    </message>
    <message>
        <source>There is no CA file at %1.</source>
        <translation>Unter %1 gibt es keine CA-Datei.</translation>
    </message>
    <message>
        <source>set in this environment</source>
        <translation>in dieser Umgebung gesetzt</translation>
    </message>
    <message>
        <source>not set in this environment</source>
        <translation>in dieser Umgebung nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>EndpointOptions</name>
    <message>
        <source>--api-key-env names %1, which is not set</source>
        <translation>--api-key-env nennt %1, aber diese Variable ist nicht gesetzt</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--base-url muss eine http://- oder https://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--base-url must not hold credentials; put the key in an environment variable</source>
        <translation>--base-url darf keine Zugangsdaten enthalten; legen Sie den Schlüssel in einer Umgebungsvariable ab</translation>
    </message>
    <message>
        <source>--protocol must be openai or anthropic, not &quot;%1&quot;</source>
        <translation>--protocol muss openai oder anthropic sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--header must look like &quot;Name: value&quot; on one line, not &quot;%1&quot;</source>
        <translation>--header muss die Form „Name: Wert“ in einer Zeile haben, nicht „%1“</translation>
    </message>
    <message>
        <source>--ca-file %1 holds no PEM certificate (or cannot be read)</source>
        <translation>--ca-file %1 enthält kein PEM-Zertifikat (oder ist nicht lesbar)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>there is no saved region &quot;%1&quot;; the saved ones are: %2</source>
        <translation>es gibt keine gespeicherte Region „%1“; gespeichert sind: %2</translation>
    </message>
    <message>
        <source>--proxy must look like http://host:port or socks5://host:port, not &quot;%1&quot;</source>
        <translation>--proxy muss die Form http://host:port oder socks5://host:port haben, nicht „%1“</translation>
    </message>
    <message>
        <source>This machine through %1:%2</source>
        <translation>Dieser Rechner über %1:%2</translation>
    </message>
    <message>
        <source>--%1 describes an endpoint of its own; a saved endpoint (--endpoint) keeps its own settings</source>
        <translation>--%1 beschreibt einen eigenen Endpunkt; ein gespeicherter Endpunkt (--endpoint) behält seine eigenen Einstellungen</translation>
    </message>
    <message>
        <source>there is no saved endpoint &quot;%1&quot;; the saved ones are: %2</source>
        <translation>es gibt keinen gespeicherten Endpunkt „%1“; gespeichert sind: %2</translation>
    </message>
    <message>
        <source>A saved endpoint, by id or name (tokenmeter-cli endpoints list).</source>
        <translation>Ein gespeicherter Endpunkt, nach ID oder Name (tokenmeter-cli endpoints list).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A region to measure from, by id or name; repeatable, or a comma-separated list. The saved regions (tokenmeter-cli regions list) for a real endpoint, us-east and asia for the simulated provider.</source>
        <translation>Eine Region, aus der gemessen wird, nach ID oder Name; wiederholbar oder als kommagetrennte Liste. Für einen echten Endpunkt die gespeicherten Regionen (tokenmeter-cli regions list), für den simulierten Anbieter us-east und asia.</translation>
    </message>
    <message>
        <source>An endpoint of this run only: its base URL, e.g. https://api.openai.com/v1 (default: $OPENAI_BASE_URL).</source>
        <translation>Ein Endpunkt nur für diesen Lauf: seine Basis-URL, z. B. https://api.openai.com/v1 (Standard: $OPENAI_BASE_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --base-url: the environment variable holding the API key (default: TOKENMETER_API_KEY, then OPENAI_API_KEY, or ANTHROPIC_API_KEY with --protocol anthropic).</source>
        <translation>Mit --base-url: die Umgebungsvariable, die den API-Schlüssel enthält (Standard: TOKENMETER_API_KEY, dann OPENAI_API_KEY, bzw. ANTHROPIC_API_KEY mit --protocol anthropic).</translation>
    </message>
    <message>
        <source>With --base-url: openai (default: POST {base}/chat/completions) or anthropic (POST {base}/messages).</source>
        <translation>Mit --base-url: openai (Standard: POST {base}/chat/completions) oder anthropic (POST {base}/messages).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>With --base-url: send this extra header with every request, e.g. &quot;HTTP-Referer: https://example.com&quot; (repeatable; values are never saved).</source>
        <translation>Mit --base-url: diesen zusätzlichen Header mit jeder Anfrage senden, z. B. &quot;HTTP-Referer: https://example.com&quot; (wiederholbar; Werte werden nie gespeichert).</translation>
    </message>
    <message>
        <source>&quot;NAME: VALUE&quot;</source>
        <translation>&quot;NAME: WERT&quot;</translation>
    </message>
    <message>
        <source>With --base-url: also trust the CA certificates in this PEM file (a server with a private CA).</source>
        <translation>Mit --base-url: zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (für einen Server mit privater CA).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Also measure from this machine through a proxy: http://host:port or socks5://host:port (user:password@ allowed, never saved).</source>
        <translation>Zusätzlich von diesem Rechner über einen Proxy messen: http://host:port oder socks5://host:port (user:password@ erlaubt, wird nie gespeichert).</translation>
    </message>
    <message>
        <source>The settings file with the saved endpoints and regions (default: the dashboard&apos;s).</source>
        <translation>Die Einstellungsdatei mit den gespeicherten Endpunkten und Regionen (Standard: die des Dashboards).</translation>
    </message>
    <message>
        <source>--%1 applies to a real endpoint (--endpoint or --base-url)</source>
        <translation>--%1 gilt nur für einen echten Endpunkt (--endpoint oder --base-url)</translation>
    </message>
</context>
<context>
    <name>EndpointPresets</name>
    <message>
        <source>The study&apos;s gateway (global-apis.com)</source>
        <translation>Gateway der Studie (global-apis.com)</translation>
    </message>
    <message>
        <source>Alibaba DashScope (compatible mode)</source>
        <translation>Alibaba DashScope (kompatibler Modus)</translation>
    </message>
    <message>
        <source>vLLM on this machine</source>
        <translation>vLLM auf diesem Rechner</translation>
    </message>
    <message>
        <source>llama.cpp server on this machine</source>
        <translation>llama.cpp-Server auf diesem Rechner</translation>
    </message>
    <message>
        <source>Ollama on this machine</source>
        <translation>Ollama auf diesem Rechner</translation>
    </message>
</context>
<context>
    <name>EndpointsCommand</name>
    <message>
        <source>the keychain (%1)</source>
        <translation>Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>$%1 (not set)</source>
        <translation>$%1 (nicht gesetzt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>as %1, password in the keychain</source>
        <translation>als %1, Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>every endpoint at %1</source>
        <translation>jeder Endpunkt unter %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>id:          %1</source>
        <translation>ID:          %1</translation>
    </message>
    <message>
        <source>name:        %1</source>
        <translation>Name:        %1</translation>
    </message>
    <message>
        <source>base URL:    %1</source>
        <translation>Basis-URL:   %1</translation>
    </message>
    <message>
        <source>protocol:    %1</source>
        <translation>Protokoll:   %1</translation>
    </message>
    <message>
        <source>key:         %1</source>
        <translation>Schlüssel:   %1</translation>
    </message>
    <message>
        <source>usage:       %1</source>
        <translation>Verbrauch:   %1</translation>
    </message>
    <message>
        <source>asked for (stream_options.include_usage)</source>
        <translation>angefordert (stream_options.include_usage)</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <source>CA file:     %1</source>
        <translation>CA-Datei:    %1</translation>
    </message>
    <message>
        <source>header:      %1: (value not shown)</source>
        <translation>Header:      %1: (Wert nicht angezeigt)</translation>
    </message>
    <message>
        <source>The settings file (default: the dashboard&apos;s).</source>
        <translation>Die Einstellungsdatei (Standard: die des Dashboards).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Lists the saved endpoints (list), or one in full (show NAME). Keys and header values are never shown.</source>
        <translation>Listet die gespeicherten Endpunkte auf (list) oder zeigt einen vollständig an (show NAME). Schlüssel und Header-Werte werden nie angezeigt.</translation>
    </message>
    <message>
        <source>tokenmeter-cli endpoints: there is no saved endpoint &quot;%1&quot;</source>
        <translation>tokenmeter-cli endpoints: Es gibt keinen gespeicherten Endpunkt „%1“</translation>
    </message>
    <message>
        <source>Usage: tokenmeter-cli endpoints list | show NAME [--settings FILE]</source>
        <translation>Aufruf: tokenmeter-cli endpoints list | show NAME [--settings DATEI]</translation>
    </message>
    <message>
        <source>Lists the saved regions: where the requests of a run leave from.</source>
        <translation>Listet die gespeicherten Regionen auf: von wo die Anfragen eines Laufs ausgehen.</translation>
    </message>
    <message>
        <source>Usage: tokenmeter-cli regions list [--settings FILE]</source>
        <translation>Aufruf: tokenmeter-cli regions list [--settings DATEI]</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>Endpoints and regions</source>
        <translation>Endpunkte und Regionen</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>Eigener Endpunkt</translation>
    </message>
    <message>
        <source>Where requests to real endpoints leave from: this machine, a proxy in another region, or a region-specific base URL of the provider.</source>
        <translation>Von wo Anfragen an echte Endpunkte ausgehen: von diesem Rechner, über einen Proxy in einer anderen Region oder über eine regionsspezifische Basis-URL des Anbieters.</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpunkte</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>Re&amp;gionen</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>Neue Region</translation>
    </message>
    <message>
        <source>Endpoints tab, %1</source>
        <translation>Reiter „Endpunkte“, %1</translation>
    </message>
    <message>
        <source>Regions tab, %1</source>
        <translation>Reiter „Regionen“, %1</translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Adds an entry (Ctrl+N)</source>
        <translation>Fügt einen Eintrag hinzu (Strg+N)</translation>
    </message>
    <message>
        <source>Removes the selected entry (Del)</source>
        <translation>Entfernt den ausgewählten Eintrag (Entf)</translation>
    </message>
    <message>
        <source>Adds a copy of the selected entry; keys and passwords are not copied</source>
        <translation>Fügt eine Kopie des ausgewählten Eintrags hinzu; Schlüssel und Passwörter werden nicht kopiert</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>ForestPlot</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 (too few requests for an interval)</source>
        <translation>%1 (zu wenige Anfragen für ein Intervall)</translation>
    </message>
    <message>
        <source>%1 [%2 … %3]</source>
        <translation>%1 [%2 … %3]</translation>
    </message>
    <message>
        <source>No lane is in both runs.</source>
        <translation>Keine Spur kommt in beiden Läufen vor.</translation>
    </message>
    <message>
        <source>change, B − A (%1)</source>
        <translation>Änderung, B − A (%1)</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>beyond noise, worse</source>
        <translation>über dem Rauschen, schlechter</translation>
    </message>
    <message>
        <source>beyond noise, better</source>
        <translation>über dem Rauschen, besser</translation>
    </message>
    <message>
        <source>within noise</source>
        <translation>im Rauschen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The program ended during this run; the requests that finished are kept</source>
        <translation>Das Programm endete während dieses Laufs; die abgeschlossenen Anfragen sind erhalten</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>all failed</source>
        <translation>alle fehlgeschlagen</translation>
    </message>
    <message>
        <source>The history refused the change.</source>
        <translation>Der Verlauf hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search runs by name, tag, model or endpoint</source>
        <translation>Läufe nach Name, Schlagwort, Modell oder Endpunkt suchen</translation>
    </message>
    <message>
        <source>Double-click to open; select two to compare; F2 renames or edits tags</source>
        <translation>Doppelklick öffnet; zwei auswählen zum Vergleichen; F2 benennt um oder bearbeitet Schlagwörter</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) and all their requests from the history?</source>
        <translation>
            <numerusform>%n Lauf und alle seine Anfragen aus dem Verlauf löschen?</numerusform>
            <numerusform>%n Läufe und alle ihre Anfragen aus dem Verlauf löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <source>Tokenmeter reports (*.json)</source>
        <translation>Tokenmeter-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>The two runs share no model and region to compare.</source>
        <translation>Die beiden Läufe haben kein gemeinsames Modell mit gemeinsamer Region.</translation>
    </message>
    <message>
        <source>Imported %1 as run %2.</source>
        <translation>%1 als Lauf %2 importiert.</translation>
    </message>
    <message>
        <source>Select one run to export.</source>
        <translation>Einen Lauf zum Exportieren auswählen.</translation>
    </message>
    <message>
        <source>Select two runs to compare, or one run measured from two regions.</source>
        <translation>Zwei Läufe zum Vergleichen auswählen, oder einen aus zwei Regionen gemessenen Lauf.</translation>
    </message>
    <message>
        <source>Select two runs to compare, or one run with two regions or two models.</source>
        <translation>Zwei Läufe zum Vergleichen auswählen, oder einen Lauf mit zwei Regionen oder zwei Modellen.</translation>
    </message>
    <message>
        <source>Compare within a run</source>
        <translation>Innerhalb eines Laufs vergleichen</translation>
    </message>
    <message>
        <source>Two regions</source>
        <translation>Zwei Regionen</translation>
    </message>
    <message>
        <source>Two models</source>
        <translation>Zwei Modelle</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>Pick two different ones, each with requests.</source>
        <translation>Zwei verschiedene auswählen, jeweils mit Anfragen.</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>history database: %1</source>
        <translation>Verlaufsdatenbank: %1</translation>
    </message>
    <message>
        <source>history database: Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Verlaufsdatenbank: Der SQLite-Treiber von Qt fehlt (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the history database %1: %2</source>
        <translation>die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a history database: %2</source>
        <translation>%1 ist keine Verlaufsdatenbank: %2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Tokenmeter</source>
        <translation>die Verlaufsdatenbank %1 wurde von einer neueren Tokenmeter-Version geschrieben</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>no run %1 in the history</source>
        <translation>kein Lauf %1 im Verlauf</translation>
    </message>
    <message>
        <source>history run %1</source>
        <translation>Lauf %1 aus dem Verlauf</translation>
    </message>
    <message>
        <source>%1 is not a Tokenmeter history (another program&apos;s database is never written to); choose another file with --history or TOKENMETER_HISTORY</source>
        <translation>%1 ist kein Tokenmeter-Verlauf (in die Datenbank eines anderen Programms wird nie geschrieben); wählen Sie mit --history oder TOKENMETER_HISTORY eine andere Datei</translation>
    </message>
    <message>
        <source>the history %1 is read-only: its runs can be read, not changed</source>
        <translation>der Verlauf %1 ist schreibgeschützt: Seine Läufe können gelesen, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>HonestSpeedup</name>
    <message>
        <source>Measuring the highest honest speed-up of the simulated provider on this machine: trying %1×…</source>
        <translation>Messe die höchste unverfälschte Beschleunigung des simulierten Anbieters auf diesem Rechner: versuche %1×…</translation>
    </message>
    <message>
        <source>Speed-up measured: %1× is the highest at which the simulated figures stay honest here.</source>
        <translation>Beschleunigung gemessen: %1× ist die höchste, bei der die simulierten Werte hier unverfälscht bleiben.</translation>
    </message>
    <message>
        <source>Measuring the speed-up failed: %1</source>
        <translation>Messung der Beschleunigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Measuring the speed-up was stopped for this run; it is measured again at the next launch.</source>
        <translation>Die Messung der Beschleunigung wurde für diesen Lauf angehalten; sie wird beim nächsten Start erneut durchgeführt.</translation>
    </message>
    <message>
        <source>This run lagged at %1× (see the notes); the automatic speed-up is now %2×.</source>
        <translation>Dieser Lauf war bei %1× verzögert (siehe Hinweise); die automatische Beschleunigung beträgt jetzt %2×.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed in the middle of the response&apos;s headers</source>
        <translation>die Verbindung wurde mitten in den Kopfzeilen der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed before any response came</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response&apos;s chunked body (after %1 bytes)</source>
        <translation>die Verbindung wurde mitten im gestückelten Rumpf der Antwort geschlossen (nach %1 Bytes)</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response&apos;s body (%1 of %2 bytes)</source>
        <translation>die Verbindung wurde mitten im Rumpf der Antwort geschlossen (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the response&apos;s headers are longer than 64 KiB</source>
        <translation>die Kopfzeilen der Antwort sind länger als 64 KiB</translation>
    </message>
    <message>
        <source>the response does not start with an HTTP/1.x status line (%1)</source>
        <translation>die Antwort beginnt nicht mit einer HTTP/1.x-Statuszeile (%1)</translation>
    </message>
    <message>
        <source>the response&apos;s status %1 is not an HTTP status</source>
        <translation>der Status %1 der Antwort ist kein HTTP-Status</translation>
    </message>
    <message>
        <source>switching protocols is not supported</source>
        <translation>ein Protokollwechsel wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the response continues a header on a new line (obsolete line folding), which is not accepted</source>
        <translation>die Antwort setzt eine Kopfzeile auf einer neuen Zeile fort (veraltete Zeilenfaltung); das wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>the response has a malformed header line (%1)</source>
        <translation>die Antwort hat eine fehlerhafte Kopfzeile (%1)</translation>
    </message>
    <message>
        <source>the response has more than %1 headers</source>
        <translation>die Antwort hat mehr als %1 Kopfzeilen</translation>
    </message>
    <message>
        <source>the response&apos;s transfer coding %1 is not supported (only chunked is)</source>
        <translation>die Transfer-Kodierung %1 der Antwort wird nicht unterstützt (nur chunked)</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length %1 is not a valid length (digits only, at most 2^50)</source>
        <translation>die Content-Length %1 der Antwort ist keine gültige Länge (nur Ziffern, höchstens 2^50)</translation>
    </message>
    <message>
        <source>the response has conflicting Content-Length values</source>
        <translation>die Antwort hat widersprüchliche Content-Length-Werte</translation>
    </message>
    <message>
        <source>a chunk-size line of the response is longer than %1 bytes</source>
        <translation>eine Chunk-Größenzeile der Antwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the response&apos;s trailers are longer than 64 KiB</source>
        <translation>die Trailer der Antwort sind länger als 64 KiB</translation>
    </message>
    <message>
        <source>the response&apos;s chunk size %1 is too large</source>
        <translation>die Chunk-Größe %1 der Antwort ist zu groß</translation>
    </message>
    <message>
        <source>the response has a malformed chunk-size line (%1)</source>
        <translation>die Antwort hat eine fehlerhafte Chunk-Größenzeile (%1)</translation>
    </message>
    <message>
        <source>a chunk of the response does not end where its size says (no line end after its data)</source>
        <translation>ein Chunk der Antwort endet nicht dort, wo seine Größe es angibt (kein Zeilenende nach seinen Daten)</translation>
    </message>
</context>
<context>
    <name>InputLengthChart</name>
    <message>
        <source>TTFT against input tokens (ms): prefill rate estimated from the slope</source>
        <translation>TTFT über Eingabe-Tokens (ms): Prefill-Rate aus der Steigung geschätzt</translation>
    </message>
    <message>
        <source>Points: TTFT p50 (first token) at each input length of the sweep; lines: the least-squares fit through every request, whose slope is the time each input token adds</source>
        <translation>Punkte: TTFT p50 (erstes Token) bei jeder Eingabelänge der Messreihe; Linien: die Ausgleichsgerade durch alle Anfragen, deren Steigung die Zeit ist, die jedes Eingabe-Token hinzufügt</translation>
    </message>
    <message>
        <source>input tokens (the server&apos;s count)</source>
        <translation>Eingabe-Tokens (Zählung des Servers)</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>%1: %2 input tokens, TTFT p50 %3 ms</source>
        <translation>%1: %2 Eingabe-Tokens, TTFT p50 %3 ms</translation>
    </message>
    <message>
        <source>Choose the &quot;Input-length sweep&quot; workload (or tokenmeter-cli run --input-sweep 100,1000,4000) to measure TTFT against input length.</source>
        <translation>Wählen Sie die Arbeitslast „Eingabelängen-Messreihe“ (oder tokenmeter-cli run --input-sweep 100,1000,4000), um TTFT über der Eingabelänge zu messen.</translation>
    </message>
    <message>
        <source>%1 lanes fitted: hover a line for its prefill rate (an estimate, with its 95% interval).</source>
        <translation>%1 Spuren angepasst: Zeigen Sie auf eine Linie für ihre Prefill-Rate (eine Schätzung, mit 95-%-Intervall).</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1:1: expected a JSON object at the top level</source>
        <translation>%1:1: JSON-Objekt auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>missing, and it is required</source>
        <translation>fehlt, ist aber erforderlich</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
</context>
<context>
    <name>JsonReport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Leaderboard</name>
    <message>
        <source>SIMULATED: measured against Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>SIMULIERT: mit dem simulierten Anbieter von Tokenmeter gemessen, nicht mit einer echten API.</translation>
    </message>
    <message>
        <source>Time scale %1x: the simulated provider ran %1 times faster than real time; times and rates are shown in its simulated time (measured x%1), measurement error included.</source>
        <translation>Zeitskala %1x: Der simulierte Anbieter lief %1-mal schneller als Echtzeit; Zeiten und Raten werden in seiner simulierten Zeit angezeigt (gemessen x%1), einschließlich Messfehler.</translation>
    </message>
    <message>
        <source>~ marks token counts estimated from event counts (the server sent no usage).</source>
        <translation>~ kennzeichnet Token-Anzahlen, die aus der Anzahl der Ereignisse geschätzt wurden (der Server hat kein usage gesendet).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Err</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>pub</source>
        <translation>veröff.</translation>
    </message>
    <message>
        <source>tok/s p50</source>
        <translation>tok/s p50</translation>
    </message>
    <message>
        <source>E2E p50</source>
        <translation>E2E p50</translation>
    </message>
    <message>
        <source>ITL p99</source>
        <translation>ITL p99</translation>
    </message>
    <message>
        <source>$/M out</source>
        <translation>$/M Ausgabe</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>measured against Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>mit dem simulierten Anbieter von Tokenmeter gemessen, nicht mit einer echten API.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>Tokens/s p50</source>
        <translation>Tokens/s p50</translation>
    </message>
    <message>
        <source>E2E p50 (ms)</source>
        <translation>E2E p50 (ms)</translation>
    </message>
    <message>
        <source>$/M output</source>
        <translation>$/M Ausgabe</translation>
    </message>
    <message>
        <source>first token of any kind</source>
        <translation>ersten Token jeder Art</translation>
    </message>
    <message>
        <source>first answer text</source>
        <translation>ersten Antworttext</translation>
    </message>
    <message>
        <source>&quot;pub&quot; figures are the published study&apos;s reference (first token), not measurements.</source>
        <translation>„veröff.“-Werte sind die Referenz der veröffentlichten Studie (erstes Token), keine Messungen.</translation>
    </message>
    <message>
        <source>&quot;pub&quot; figures are the published study&apos;s reference, not measurements; its TTFT is to the first token, so none is shown beside this TTFT.</source>
        <translation>„veröff.“-Werte sind die Referenz der veröffentlichten Studie, keine Messungen; ihre TTFT bezieht sich auf das erste Token, daher wird neben dieser TTFT keine angezeigt.</translation>
    </message>
    <message>
        <source>TTFT is the time to the %1; &quot;1st token&quot; says what that token was (answer, reasoning or tool call).</source>
        <translation>TTFT ist die Zeit bis zum %1; „1. Token“ sagt, was dieses Token war (Antwort, Reasoning oder Tool-Aufruf).</translation>
    </message>
    <message>
        <source>chars/s is answer text in characters per second after its first event: unlike tokens/s, it does not depend on the model&apos;s tokenizer. &quot;Out tok&quot; is each request&apos;s output tokens, p50.</source>
        <translation>Zeichen/s ist der Antworttext in Zeichen pro Sekunde nach seinem ersten Ereignis: anders als Token/s hängt er nicht vom Tokenizer des Modells ab. „Ausg.-Tok.“ sind die Ausgabetoken je Anfrage, p50.</translation>
    </message>
    <message>
        <source>1st token</source>
        <translation>1. Token</translation>
    </message>
    <message>
        <source>chars/s</source>
        <translation>Zeichen/s</translation>
    </message>
    <message>
        <source>Out tok</source>
        <translation>Ausg.-Tok.</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Chars/s p50</source>
        <translation>Zeichen/s p50</translation>
    </message>
    <message>
        <source>Output tokens p50</source>
        <translation>Ausgabetoken p50</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>Estimated: the server sent no usage, so tokens were counted as events</source>
        <translation>Geschätzt: Der Server hat kein usage gesendet, daher wurden Tokens als Ereignisse gezählt</translation>
    </message>
    <message>
        <source>No price in the catalog for this model</source>
        <translation>Kein Preis im Katalog für dieses Modell</translation>
    </message>
    <message>
        <source>Output tokens of every request sent, warm-ups included, at the catalog price</source>
        <translation>Ausgabetokens aller gesendeten Anfragen, Aufwärm-Anfragen eingeschlossen, zum Katalogpreis</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/M Ausgabe</translation>
    </message>
    <message>
        <source>n</source>
        <comment>number of successful measured requests</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>tok/s p50</source>
        <translation>tok/s p50</translation>
    </message>
    <message>
        <source>E2E p50</source>
        <comment>end-to-end time</comment>
        <translation>E2E p50</translation>
    </message>
    <message>
        <source>ITL p99</source>
        <comment>inter-token latency</comment>
        <translation>ITL p99</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>price tier</comment>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Band</source>
        <comment>TTFT band</comment>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Time to the first visible answer text, in ms</source>
        <translation>Zeit bis zum ersten sichtbaren Antworttext, in ms</translation>
    </message>
    <message>
        <source>Time to the first token of any kind (reasoning included), in ms</source>
        <translation>Zeit bis zum ersten Token beliebiger Art (Denkphase eingeschlossen), in ms</translation>
    </message>
    <message>
        <source>Output tokens per second after the first token (median of requests)</source>
        <translation>Ausgabetokens pro Sekunde nach dem ersten Token (Median der Anfragen)</translation>
    </message>
    <message>
        <source>99th percentile of the gaps between token events, in ms</source>
        <translation>99. Perzentil der Abstände zwischen Token-Ereignisse, in ms</translation>
    </message>
    <message>
        <source>Successful measured requests (warm-ups excluded)</source>
        <translation>Erfolgreiche gemessene Anfragen (ohne Aufwärm-Anfragen)</translation>
    </message>
    <message>
        <source>Answer text: %1 characters/s (p50)</source>
        <translation>Antworttext: %1 Zeichen/s (p50)</translation>
    </message>
    <message>
        <source>Reasoning: %1 characters/s</source>
        <translation>Reasoning: %1 Zeichen/s</translation>
    </message>
    <message>
        <source>Tool call arguments: %1 characters/s</source>
        <translation>Argumente des Tool-Aufrufs: %1 Zeichen/s</translation>
    </message>
    <message>
        <source>Output tokens per request: p50 %1, from %2 to %3</source>
        <translation>Ausgabetoken je Anfrage: p50 %1, von %2 bis %3</translation>
    </message>
    <message>
        <source>1st token</source>
        <comment>what the first token was: answer, reasoning or tool call</comment>
        <translation>1. Token</translation>
    </message>
    <message>
        <source>chars/s p50</source>
        <comment>answer text, characters per second</comment>
        <translation>Zeichen/s p50</translation>
    </message>
    <message>
        <source>Out tok</source>
        <comment>output tokens per request, p50</comment>
        <translation>Ausg.-Tok.</translation>
    </message>
    <message>
        <source>What the first token was: answer text, reasoning or a tool call</source>
        <translation>Was das erste Token war: Antworttext, Reasoning oder ein Tool-Aufruf</translation>
    </message>
    <message>
        <source>Answer text in characters per second after its first event (median of requests): unlike tokens/s, independent of the model&apos;s tokenizer</source>
        <translation>Antworttext in Zeichen pro Sekunde nach seinem ersten Ereignis (Median der Anfragen): anders als Token/s unabhängig vom Tokenizer des Modells</translation>
    </message>
    <message>
        <source>Output tokens per request (median); lanes whose lengths differ by more than 20% are named in the notes</source>
        <translation>Ausgabetoken je Anfrage (Median); Spuren, deren Längen sich um mehr als 20 % unterscheiden, werden in den Hinweisen genannt</translation>
    </message>
</context>
<context>
    <name>Load</name>
    <message>
        <source>&quot;%1&quot; is not an SLO: write e.g. ttft_p90=500ms, itl_p99=50ms or e2e_p99=10s</source>
        <translation>„%1“ ist kein SLO: schreiben Sie z. B. ttft_p90=500ms, itl_p99=50ms oder e2e_p99=10s</translation>
    </message>
    <message>
        <source>no SLO given: write e.g. ttft_p90=500ms</source>
        <translation>kein SLO angegeben: schreiben Sie z. B. ttft_p90=500ms</translation>
    </message>
    <message>
        <source>an open-loop run needs a rate above 0 and at most %1 requests/s</source>
        <translation>ein Lauf mit offener Schleife braucht eine Rate über 0 und höchstens %1 Anfragen/s</translation>
    </message>
    <message>
        <source>burstiness must be between 0.01 and 100</source>
        <translation>die Burstiness muss zwischen 0,01 und 100 liegen</translation>
    </message>
    <message>
        <source>durations must be between 0 and %1 s</source>
        <translation>Dauern müssen zwischen 0 und %1 s liegen</translation>
    </message>
    <message>
        <source>a sweep needs a duration for each step</source>
        <translation>eine Stufenmessung braucht eine Dauer für jede Stufe</translation>
    </message>
    <message>
        <source>a sweep needs between 1 and %1 steps</source>
        <translation>eine Stufenmessung braucht 1 bis %1 Stufen</translation>
    </message>
    <message>
        <source>%1 is not a step of this sweep</source>
        <translation>%1 ist keine Stufe dieser Stufenmessung</translation>
    </message>
    <message>
        <source>a search needs a rate range and at least one SLO</source>
        <translation>eine Suche braucht einen Ratenbereich und mindestens ein SLO</translation>
    </message>
    <message>
        <source>closed loop</source>
        <translation>geschlossene Schleife</translation>
    </message>
    <message>
        <source>open loop, evenly spaced</source>
        <translation>offene Schleife, gleichmäßige Abstände</translation>
    </message>
    <message>
        <source>open loop, Poisson arrivals (burstiness %1)</source>
        <translation>offene Schleife, Poisson-Ankünfte (Burstiness %1)</translation>
    </message>
    <message>
        <source>search for the highest rate between %1 and %2 req/s that meets %3, at most %4 steps</source>
        <translation>Suche nach der höchsten Rate zwischen %1 und %2 Anfr./s, die %3 einhält, höchstens %4 Stufen</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Stufe</numerusform>
            <numerusform>%n Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s to each model and region</source>
        <translation>%1 Anfr./s an jedes Modell und jede Region</translation>
    </message>
    <message>
        <source>%1 s measured after %2 s of warm-up each</source>
        <translation>je %1 s gemessen nach %2 s Aufwärmen</translation>
    </message>
    <message>
        <source>%1 s measured</source>
        <translation>%1 s gemessen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of steps: write e.g. 1,2,4,8 or 1:20:2</source>
        <translation>„%1“ ist keine Liste von Stufen: schreiben Sie z. B. 1,2,4,8 oder 1:20:2</translation>
    </message>
    <message>
        <source>a concurrency sweep runs a closed loop, a rate sweep an open one</source>
        <translation>eine Parallelitäts-Stufenmessung läuft in geschlossener Schleife, eine Raten-Stufenmessung in offener</translation>
    </message>
    <message>
        <source>the ramp-up must end within the warm-up, or the step would measure a lower rate</source>
        <translation>der Anstieg muss innerhalb des Aufwärmens enden, sonst mäße die Stufe eine niedrigere Rate</translation>
    </message>
    <message>
        <source>a search takes between 2 and %1 steps</source>
        <translation>eine Suche umfasst 2 bis %1 Stufen</translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <source>Load: throughput and latency</source>
        <translation>Last: Durchsatz und Latenz</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Über die Zeit</translation>
    </message>
    <message>
        <source>Latency against throughput</source>
        <translation>Latenz gegen Durchsatz</translation>
    </message>
    <message>
        <source>Goodput against load</source>
        <translation>Goodput gegen Last</translation>
    </message>
    <message>
        <source>finished, req/s (right)</source>
        <translation>fertig, Anfr./s (rechts)</translation>
    </message>
    <message>
        <source>TTFT p50, ms</source>
        <translation>TTFT p50, ms</translation>
    </message>
    <message>
        <source>TTFT p99, ms</source>
        <translation>TTFT p99, ms</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>Choose a load test under Load: in the run panel (an open loop at a rate, or a sweep of concurrency or rate) to see throughput and latency over time and where latency breaks.</source>
        <translation>Wählen Sie unter „Last:“ im Laufbereich einen Lasttest (eine offene Schleife mit einer Rate oder eine Stufenmessung von Parallelität oder Rate), um Durchsatz und Latenz über die Zeit und den Punkt zu sehen, an dem die Latenz einbricht.</translation>
    </message>
    <message>
        <source>run time, s</source>
        <translation>Laufzeit, s</translation>
    </message>
    <message>
        <source>TTFT (ms), first token, by when sent</source>
        <translation>TTFT (ms), erstes Token, nach Sendezeit</translation>
    </message>
    <message>
        <source>requests finished per second</source>
        <translation>fertige Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <translation>Stufe %1 von %2: %3.</translation>
    </message>
    <message>
        <source>offered load, requests/s</source>
        <translation>angebotene Last, Anfragen/s</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>throughput, requests/s finished</source>
        <translation>Durchsatz, fertige Anfragen/s</translation>
    </message>
    <message>
        <source>goodput, requests/s that met every SLO</source>
        <translation>Goodput, Anfragen/s, die jedes SLO einhielten</translation>
    </message>
    <message>
        <source>TTFT p90 (ms)</source>
        <translation>TTFT p90 (ms)</translation>
    </message>
    <message>
        <source>Goodput needs SLOs: set them under Load: in the run panel.</source>
        <translation>Goodput braucht SLOs: legen Sie sie unter „Last:“ im Laufbereich fest.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished step(s); one point per step, the knee ringed.</source>
        <translation>
            <numerusform>%n fertige Stufe; ein Punkt je Stufe, der Knick umkreist.</numerusform>
            <numerusform>%n fertige Stufen; ein Punkt je Stufe, der Knick umkreist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadJson</name>
    <message>
        <source>expected a whole number of nanoseconds</source>
        <translation>erwartet eine ganze Zahl von Nanosekunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an arrival mode</source>
        <translation>„%1“ ist keine Ankunftsart</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of sweep</source>
        <translation>„%1“ ist keine Art von Stufenmessung</translation>
    </message>
    <message>
        <source>expected a concurrency or a rate</source>
        <translation>erwartet eine Parallelität oder eine Rate</translation>
    </message>
    <message>
        <source>expected a step (at most %1)</source>
        <translation>erwartet eine Stufe (höchstens %1)</translation>
    </message>
    <message>
        <source>the measured window ends before it starts</source>
        <translation>das Messfenster endet, bevor es beginnt</translation>
    </message>
</context>
<context>
    <name>LoadOptions</name>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--arrival must be closed, constant or poisson, not &quot;%1&quot;</source>
        <translation>--arrival muss closed, constant oder poisson sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a sweep takes either --concurrency LIST or --rate LIST (e.g. 1,2,4,8 or 1:20:2)</source>
        <translation>eine Stufenmessung nimmt entweder --concurrency LISTE oder --rate LISTE (z. B. 1,2,4,8 oder 1:20:2)</translation>
    </message>
    <message>
        <source>Sweep these concurrencies (closed loop), e.g. 1,2,4,8,16,32 or 1:64:8.</source>
        <translation>Diese Parallelitäten durchlaufen (geschlossene Schleife), z. B. 1,2,4,8,16,32 oder 1:64:8.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Sweep these rates, requests/s per model and region (open loop), e.g. 1:20:2 or 1,5,10.</source>
        <translation>Diese Raten durchlaufen, Anfragen/s je Modell und Region (offene Schleife), z. B. 1:20:2 oder 1,5,10.</translation>
    </message>
    <message>
        <source>Find the highest rate that meets every --slo by bisection between the lowest and highest --rate.</source>
        <translation>Die höchste Rate, die jedes --slo einhält, per Bisektion zwischen der niedrigsten und höchsten --rate finden.</translation>
    </message>
    <message>
        <source>At most N steps in a search (default 8).</source>
        <translation>Höchstens N Stufen in einer Suche (Standard 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Send R requests/s to each model and region on a schedule (open loop), whether or not earlier ones have finished; --arrival says how they are spaced.</source>
        <translation>R Anfragen/s an jedes Modell und jede Region nach Fahrplan senden (offene Schleife), ob frühere fertig sind oder nicht; --arrival sagt, wie sie verteilt sind.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>closed (N in flight), constant (even gaps) or poisson (random gaps; the default with --rate).</source>
        <translation>closed (N gleichzeitig), constant (gleiche Abstände) oder poisson (zufällige Abstände; Standard mit --rate).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Poisson gaps drawn from a gamma distribution of this shape: 1 is Poisson, below 1 burstier, above 1 steadier (default 1).</source>
        <translation>Poisson-Abstände aus einer Gammaverteilung dieser Form: 1 ist Poisson, unter 1 stoßweiser, über 1 gleichmäßiger (Standard 1).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Seconds each step is measured (default 30).</source>
        <translation>Sekunden, die jede Stufe gemessen wird (Standard 30).</translation>
    </message>
    <message>
        <source>Run for S seconds instead of a number of iterations.</source>
        <translation>S Sekunden laufen statt einer Zahl von Iterationen.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Seconds of load before each timed step is measured (default %1).</source>
        <translation>Sekunden Last, bevor jede zeitgesteuerte Stufe gemessen wird (Standard %1).</translation>
    </message>
    <message>
        <source>Open loop: seconds over which the rate climbs to its full value.</source>
        <translation>Offene Schleife: Sekunden, über die die Rate auf ihren vollen Wert steigt.</translation>
    </message>
    <message>
        <source>Service-level objectives, e.g. ttft_p90=500ms,itl_p99=50ms,e2e_p99=10s: each step says whether it met them, and goodput counts the requests that met every one.</source>
        <translation>Service-Level-Ziele, z. B. ttft_p90=500ms,itl_p99=50ms,e2e_p99=10s: jede Stufe sagt, ob sie sie einhielt, und Goodput zählt die Anfragen, die jedes einhielten.</translation>
    </message>
    <message>
        <source>--arrival %1 needs --rate</source>
        <translation>--arrival %1 braucht --rate</translation>
    </message>
    <message>
        <source>--rate needs an open loop: --arrival constant or poisson</source>
        <translation>--rate braucht eine offene Schleife: --arrival constant oder poisson</translation>
    </message>
</context>
<context>
    <name>LoadSettings</name>
    <message>
        <source>Iterations (one after another, or N in flight)</source>
        <translation>Iterationen (nacheinander oder N gleichzeitig)</translation>
    </message>
    <message>
        <source>Open loop at a rate</source>
        <translation>Offene Schleife mit Rate</translation>
    </message>
    <message>
        <source>Sweep concurrency</source>
        <translation>Parallelität durchlaufen</translation>
    </message>
    <message>
        <source>Sweep rate</source>
        <translation>Rate durchlaufen</translation>
    </message>
    <message>
        <source>Search the highest rate meeting the SLOs</source>
        <translation>Höchste Rate suchen, die die SLOs einhält</translation>
    </message>
    <message>
        <source>Iterations measure how fast one request is. The others are load tests: requests sent on a schedule whether or not earlier ones finished (open loop), or steps of load, each warmed up and measured for its duration, to find where latency breaks (the knee).</source>
        <translation>Iterationen messen, wie schnell eine Anfrage ist. Die anderen sind Lasttests: Anfragen nach Fahrplan, ob frühere fertig sind oder nicht (offene Schleife), oder Laststufen, jede aufgewärmt und für ihre Dauer gemessen, um zu finden, wo die Latenz einbricht (der Knick).</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <source>How an open loop spaces its requests: random (Poisson) gaps, or even ones</source>
        <translation>Wie eine offene Schleife ihre Anfragen verteilt: zufällige (Poisson-)Abstände oder gleichmäßige</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <source>Requests per second to each model and region</source>
        <translation>Anfragen pro Sekunde an jedes Modell und jede Region</translation>
    </message>
    <message>
        <source>The steps: a list (1,2,4,8) or from:to:step (1:20:2); a search tries rates between the lowest and the highest</source>
        <translation>Die Stufen: eine Liste (1,2,4,8) oder von:bis:Schritt (1:20:2); eine Suche probiert Raten zwischen der niedrigsten und der höchsten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long each step is measured (in the simulated provider&apos;s time when sped up)</source>
        <translation>Wie lange jede Stufe gemessen wird (in der Zeit des simulierten Anbieters, wenn beschleunigt)</translation>
    </message>
    <message>
        <source>Load before each step is measured, not counted</source>
        <translation>Last vor der Messung jeder Stufe, nicht gezählt</translation>
    </message>
    <message>
        <source>SLOs, e.g. ttft_p90=500ms, itl_p99=50ms</source>
        <translation>SLOs, z. B. ttft_p90=500ms, itl_p99=50ms</translation>
    </message>
    <message>
        <source>Service-level objectives: each step says whether it met them; goodput counts the requests that met every one; the knee is the first step to break them</source>
        <translation>Service-Level-Ziele: jede Stufe sagt, ob sie sie einhielt; Goodput zählt die Anfragen, die jedes einhielten; der Knick ist die erste Stufe, die sie verletzt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>after warm-up</source>
        <translation>nach Aufwärmen</translation>
    </message>
    <message>
        <source>concurrencies, e.g. 1,2,4,8,16,32,64</source>
        <translation>Parallelitäten, z. B. 1,2,4,8,16,32,64</translation>
    </message>
    <message>
        <source>rates, e.g. 1:20:2 (req/s)</source>
        <translation>Raten, z. B. 1:20:2 (Anfr./s)</translation>
    </message>
</context>
<context>
    <name>LoadStepsView</name>
    <message>
        <source>A load test&apos;s steps show here: choose one under Load: in the run panel.</source>
        <translation>Hier stehen die Stufen eines Lasttests: wählen Sie einen unter „Last:“ im Laufbereich.</translation>
    </message>
    <message>
        <source>The first step is running: its figures come when it ends.</source>
        <translation>Die erste Stufe läuft: ihre Werte kommen, wenn sie endet.</translation>
    </message>
</context>
<context>
    <name>LoadSvg</name>
    <message>
        <source>offered load, requests/s</source>
        <translation>angebotene Last, Anfragen/s</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>throughput, requests/s served</source>
        <translation>Durchsatz, bediente Anfragen/s</translation>
    </message>
    <message>
        <source>goodput, requests/s that met every SLO</source>
        <translation>Goodput, Anfragen/s, die jedes SLO einhielten</translation>
    </message>
    <message>
        <source>TTFT p90 in ms (ringed: the knee)</source>
        <translation>TTFT p90 in ms (umkreist: der Knick)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokenmeter</source>
        <translation>Tokenmeter</translation>
    </message>
    <message>
        <source>Simulated provider: every figure on this screen is simulated, not a measurement of a real API.</source>
        <translation>Simulierter Anbieter: Alle Werte auf diesem Bildschirm sind simuliert, keine Messung einer echten API.</translation>
    </message>
    <message>
        <source>Pick models and press Start (F5).</source>
        <translation>Modelle auswählen und „Lauf starten“ drücken (F5).</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Cannot start the run: %1</source>
        <translation>Lauf kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Measuring the simulated provider: %1 models, %2 regions, %3 requests.</source>
        <translation>Messe den simulierten Anbieter: %1 Modelle, %2 Regionen, %3 Anfragen.</translation>
    </message>
    <message>
        <source>Measuring %1: %2 models, %3 requests.</source>
        <translation>Messe %1: %2 Modelle, %3 Anfragen.</translation>
    </message>
    <message>
        <source>Stopping: cancelling the requests in flight…</source>
        <translation>Wird angehalten: laufende Anfragen werden abgebrochen…</translation>
    </message>
    <message>
        <source>Run stopped: %1 requests finished.</source>
        <translation>Lauf angehalten: %1 Anfragen abgeschlossen.</translation>
    </message>
    <message>
        <source>Run finished: %1 requests.</source>
        <translation>Lauf beendet: %1 Anfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see the Requests tab.</source>
        <translation>
            <numerusform>%n fehlgeschlagen: siehe Reiter „Anfragen“.</numerusform>
            <numerusform>%n fehlgeschlagen: siehe Reiter „Anfragen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1: %2</source>
        <translation>Bildschirmfoto konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Stop the run first: a past run cannot be shown while one streams.</source>
        <translation>Zuerst den Lauf anhalten: Ein früherer Lauf kann nicht gezeigt werden, während einer streamt.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1: %n request(s)%2.</source>
        <translation>
            <numerusform>Zeige %1: %n Anfrage%2.</numerusform>
            <numerusform>Zeige %1: %n Anfragen%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>Schlüssel unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>%1 is reached over plain http: the API key would cross the network unencrypted. Send it anyway?</source>
        <translation>%1 wird über unverschlüsseltes http erreicht: Der API-Schlüssel ginge unverschlüsselt durchs Netz. Trotzdem senden?</translation>
    </message>
    <message>
        <source>Waiting for your answer: send the key over plain http?</source>
        <translation>Warte auf Ihre Antwort: Schlüssel über unverschlüsseltes http senden?</translation>
    </message>
    <message>
        <source>Fetching models failed: %1</source>
        <translation>Abruf der Modelle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Frage %1 nach seinen Modellen…</translation>
    </message>
    <message>
        <source>the saved catalog</source>
        <translation>der gespeicherte Katalog</translation>
    </message>
    <message>
        <source>Your saved catalog changes could not be read and are not applied: %1</source>
        <translation>Ihre gespeicherten Katalogänderungen konnten nicht gelesen werden und werden nicht angewendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Catalog saved: %n model(s).</source>
        <translation>
            <numerusform>Katalog gespeichert: %n Modell.</numerusform>
            <numerusform>Katalog gespeichert: %n Modelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n endpoint(s) and their regions; keys stay in the keychain or this session.</source>
        <translation>
            <numerusform>%n Endpunkt samt Regionen gespeichert; Schlüssel bleiben im Schlüsselbund oder in dieser Sitzung.</numerusform>
            <numerusform>%n Endpunkte samt Regionen gespeichert; Schlüssel bleiben im Schlüsselbund oder in dieser Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading keys from the keychain…</source>
        <translation>Lese Schlüssel aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Your saved catalog changes could not be read and are not applied (kept as %1): %2</source>
        <translation>Ihre gespeicherten Katalogänderungen konnten nicht gelesen werden und werden nicht angewendet (aufbewahrt als %1): %2</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>Dieser Lauf wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The run shown was measured against the simulated provider: every figure on this screen is simulated. The next run goes to a real endpoint.</source>
        <translation>Der angezeigte Lauf wurde mit dem simulierten Anbieter gemessen: Alle Werte auf diesem Bildschirm sind simuliert. Der nächste Lauf geht an einen echten Endpunkt.</translation>
    </message>
    <message>
        <source>, stopped before it finished</source>
        <translation>, vor dem Ende angehalten</translation>
    </message>
    <message>
        <source>No run to export yet: run one, or open one from the history.</source>
        <translation>Noch kein Lauf zum Exportieren: Starten Sie einen oder öffnen Sie einen aus dem Verlauf.</translation>
    </message>
    <message>
        <source>The speed-up is measured when no run is going.</source>
        <translation>Die Beschleunigung wird gemessen, wenn kein Lauf aktiv ist.</translation>
    </message>
    <message>
        <source>The language changes when this run ends.</source>
        <translation>Die Sprache wechselt, wenn dieser Lauf endet.</translation>
    </message>
    <message>
        <source>Double-click the chart again to restore the others.</source>
        <translation>Erneut doppelt auf das Diagramm klicken, um die anderen wiederherzustellen.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Load test of %1: %2 models, %3 regions; %4</source>
        <translation>Lasttest von %1: %2 Modelle, %3 Regionen; %4</translation>
    </message>
    <message>
        <source>the simulated provider</source>
        <translation>dem simulierten Anbieter</translation>
    </message>
</context>
<context>
    <name>MeasurementLag</name>
    <message>
        <source>Measurement lag: p50 %1 ms, p99 %2 ms (the client and the simulated provider, at real time).</source>
        <translation>Messverzögerung: p50 %1 ms, p99 %2 ms (Client und simulierter Anbieter, in Echtzeit).</translation>
    </message>
    <message>
        <source>Measurement lag at %1x: p50 %2 ms, p99 %3 ms in the run&apos;s time; what the speed-up adds stays within 2% of the fastest TTFT.</source>
        <translation>Messverzögerung bei %1x: p50 %2 ms, p99 %3 ms in der Zeit des Laufs; was die Beschleunigung hinzufügt, bleibt innerhalb von 2 % der schnellsten TTFT.</translation>
    </message>
    <message>
        <source>Distorted by the speed-up: at %1x the measurement lag is p50 %2 ms, p99 %3 ms in the run&apos;s time, so a TTFT can read up to %4 ms high (limit: 2% of the fastest TTFT, %5 ms). Run at a lower speed-up for exact figures.</source>
        <translation>Durch die Beschleunigung verfälscht: Bei %1x beträgt die Messverzögerung p50 %2 ms, p99 %3 ms in der Zeit des Laufs, daher kann eine TTFT bis zu %4 ms zu hoch ausfallen (Grenze: 2 % der schnellsten TTFT, %5 ms). Für exakte Werte mit einer geringeren Beschleunigung laufen lassen.</translation>
    </message>
</context>
<context>
    <name>ModelFetcher</name>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
</context>
<context>
    <name>ModelLister</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 listed no models at %2</source>
        <translation>%1 hat unter %2 keine Modelle aufgelistet</translation>
    </message>
    <message>
        <source>the model list from %1 is larger than %2 MiB</source>
        <translation>die Modellliste von %1 ist größer als %2 MiB</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Modelle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Whole tier: %1</source>
        <translation>Ganze Stufe: %1</translation>
    </message>
    <message>
        <source>Clear tier: %1</source>
        <translation>Stufe abwählen: %1</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>Modell hinzufügen…</translation>
    </message>
    <message>
        <source>Add a model of your own to the catalog</source>
        <translation>Ein eigenes Modell zum Katalog hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) picked</source>
        <translation>
            <numerusform>%n Modell ausgewählt</numerusform>
            <numerusform>%n Modelle ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch models…</source>
        <translation>Modelle abrufen…</translation>
    </message>
    <message>
        <source>List the models the endpoint in the run settings serves, and add some</source>
        <translation>Die Modelle des Endpunkts aus den Laufeinstellungen auflisten und einige hinzufügen</translation>
    </message>
    <message>
        <source>Models the endpoint serves</source>
        <translation>Modelle des Endpunkts</translation>
    </message>
    <message>
        <source>Already in the catalog</source>
        <translation>Bereits im Katalog</translation>
    </message>
    <message>
        <source>Add checked</source>
        <translation>Markierte hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed; check those to add (no price until you give one).</source>
        <translation>
            <numerusform>%n Modell aufgelistet; die hinzuzufügenden markieren (ohne Preis, bis Sie einen angeben).</numerusform>
            <numerusform>%n Modelle aufgelistet; die hinzuzufügenden markieren (ohne Preis, bis Sie einen angeben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>Lists the models an endpoint serves (GET {base}/models), one id a line: a saved endpoint (--endpoint), one given by --base-url, or the simulated provider.</source>
        <translation>Listet die Modelle auf, die ein Endpunkt bereitstellt (GET {base}/models), eine ID pro Zeile: für einen gespeicherten Endpunkt (--endpoint), einen per --base-url angegebenen oder den simulierten Anbieter.</translation>
    </message>
</context>
<context>
    <name>PlainSockets</name>
    <message>
        <source>the remote host closed the connection</source>
        <translation>die Gegenstelle hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>this machine could not watch the connection: %1</source>
        <translation>dieser Rechner konnte die Verbindung nicht überwachen: %1</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>expected a header name</source>
        <translation>Header-Name erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a model id</source>
        <translation>Modell-ID erwartet</translation>
    </message>
    <message>
        <source>expected &quot;engine&quot; or &quot;qt&quot;</source>
        <translation>erwartet: „engine“ oder „qt“</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>%1 has no usable base URL (&quot;%2&quot;); set one under Endpoints….</source>
        <translation>%1 hat keine brauchbare Basis-URL („%2“); legen Sie eine unter „Endpunkte…“ fest.</translation>
    </message>
    <message>
        <source>The CA file %1 of %2 holds no PEM certificate, or cannot be read.</source>
        <translation>Die CA-Datei %1 von %2 enthält kein PEM-Zertifikat oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The proxy of %1 must look like http://host:port or socks5://host:port, not &quot;%2&quot;.</source>
        <translation>Der Proxy von %1 muss wie http://host:port oder socks5://host:port aussehen, nicht „%2“.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The simulated provider has no model &quot;%1&quot;; it serves: %2.</source>
        <translation>Der simulierte Anbieter hat kein Modell „%1“; er stellt bereit: %2.</translation>
    </message>
    <message>
        <source>The simulated provider has no region &quot;%1&quot;; it has: %2.</source>
        <translation>Der simulierte Anbieter hat keine Region „%1“; er hat: %2.</translation>
    </message>
    <message>
        <source>Simulated provider</source>
        <translation>Simulierter Anbieter</translation>
    </message>
    <message>
        <source>Choose an endpoint (or set one up under Endpoints…).</source>
        <translation>Wählen Sie einen Endpunkt (oder richten Sie einen unter „Endpunkte…“ ein).</translation>
    </message>
    <message>
        <source>There is no saved endpoint &quot;%1&quot;.</source>
        <translation>Es gibt keinen gespeicherten Endpunkt „%1“.</translation>
    </message>
    <message>
        <source>%1 is served by the endpoint &quot;%2&quot;, which is not among the saved endpoints: add it, or clear the model&apos;s endpoint in the catalog.</source>
        <translation>%1 wird vom Endpunkt „%2“ bereitgestellt, der nicht zu den gespeicherten Endpunkten gehört: Fügen Sie ihn hinzu, oder leeren Sie den Endpunkt des Modells im Katalog.</translation>
    </message>
    <message>
        <source>There is no saved region &quot;%1&quot;; the saved ones are: %2.</source>
        <translation>Es gibt keine gespeicherte Region „%1“; gespeichert sind: %2.</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>Wählen Sie mindestens eine Region.</translation>
    </message>
</context>
<context>
    <name>PrefillSvg</name>
    <message>
        <source>input tokens (the server&apos;s count); TTFT p50 in ms</source>
        <translation>Eingabe-Tokens (Zählung des Servers); TTFT p50 in ms</translation>
    </message>
    <message>
        <source>~%1 input tokens/s (95%: %2–%3)</source>
        <translation>~%1 Eingabe-Tokens/s (95 %: %2–%3)</translation>
    </message>
    <message>
        <source>no prefill rate</source>
        <translation>keine Prefill-Rate</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>Price against speed</source>
        <translation>Preis gegenüber Geschwindigkeit</translation>
    </message>
    <message>
        <source>tokens/s p50</source>
        <translation>Tokens/s p50</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>$ per million output tokens (log)</source>
        <translation>$ pro Million Ausgabetokens (log)</translation>
    </message>
    <message>
        <source>● %1, ■ %2; labels on the first region&apos;s points</source>
        <translation>● %1, ■ %2; Beschriftung an den Punkten der ersten Region</translation>
    </message>
    <message>
        <source>TTFT p50 to the %1 (ms)</source>
        <translation>TTFT p50 bis zum %1 (ms)</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>schätze verbleibende Zeit</translation>
    </message>
    <message>
        <source>%1/%2 requests, %3 errors, %4 streaming, %5 s, %6</source>
        <translation>%1/%2 Anfragen, %3 Fehler, %4 streamen, %5 s, %6</translation>
    </message>
    <message>
        <source>step %1/%2 (%3): </source>
        <translation>Stufe %1/%2 (%3): </translation>
    </message>
</context>
<context>
    <name>PromptFile</name>
    <message>
        <source>cannot read the prompt file %1: %2</source>
        <translation>die Prompt-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the prompt file %1 is larger than %2 MB</source>
        <translation>die Prompt-Datei %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>the prompt file %1 is not UTF-8 text</source>
        <translation>die Prompt-Datei %1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the prompt file %1 is empty</source>
        <translation>die Prompt-Datei %1 ist leer</translation>
    </message>
</context>
<context>
    <name>RecommendationModel</name>
    <message>
        <source>%1 (p90 &lt; %2 ms)</source>
        <translation>%1 (p90 &lt; %2 ms)</translation>
    </message>
    <message>
        <source>%1 (any TTFT)</source>
        <translation>%1 (beliebige TTFT)</translation>
    </message>
    <message>
        <source>none measured meets it</source>
        <translation>kein gemessenes Modell erfüllt das</translation>
    </message>
    <message>
        <source>%1 · %2/M · p90 %3 ms</source>
        <translation>%1 · %2/M · p90 %3 ms</translation>
    </message>
    <message>
        <source>The cheapest model whose measured TTFT p90 from this region is inside the band</source>
        <translation>Das günstigste Modell, dessen gemessene TTFT p90 aus dieser Region im Bereich liegt</translation>
    </message>
    <message>
        <source>TTFT budget</source>
        <translation>TTFT-Budget</translation>
    </message>
    <message>
        <source>Cheapest from %1</source>
        <translation>Günstigstes aus %1</translation>
    </message>
</context>
<context>
    <name>RegionChart</name>
    <message>
        <source>Regions side by side (TTFT p50, ms, log scale)</source>
        <translation>Regionen im Vergleich (TTFT p50, ms, log. Skala)</translation>
    </message>
    <message>
        <source>Bars: TTFT p50 from each region; ■ the difference between them in ms (right axis)</source>
        <translation>Balken: TTFT p50 je Region; ■ der Unterschied zwischen ihnen in ms (rechte Achse)</translation>
    </message>
    <message>
        <source>Δ ms, second − first region</source>
        <translation>Δ ms, zweite − erste Region</translation>
    </message>
    <message>
        <source>Regions side by side: TTFT p50 to the %1 (ms, log scale)</source>
        <translation>Regionen im Vergleich: TTFT p50 bis zum %1 (ms, log. Skala)</translation>
    </message>
    <message>
        <source>%1 · %2: TTFT p50 %3 ms</source>
        <translation>%1 · %2: TTFT p50 %3 ms</translation>
    </message>
</context>
<context>
    <name>RegionEditor</name>
    <message>
        <source>&amp;Directly from this machine</source>
        <translation>&amp;Direkt von diesem Rechner</translation>
    </message>
    <message>
        <source>Through a &amp;proxy</source>
        <translation>Über einen &amp;Proxy</translation>
    </message>
    <message>
        <source>To a region-specific &amp;base URL</source>
        <translation>An eine regionsspezifische &amp;Basis-URL</translation>
    </message>
    <message>
        <source>socks5://host:1080 or http://host:3128</source>
        <translation>socks5://host:1080 oder http://host:3128</translation>
    </message>
    <message>
        <source>when the proxy asks for one</source>
        <translation>falls der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>type to save a password for this proxy</source>
        <translation>eingeben, um ein Passwort für diesen Proxy zu speichern</translation>
    </message>
    <message>
        <source>e.g. https://eu.api.example.com/v1</source>
        <translation>z. B. https://eu.api.example.com/v1</translation>
    </message>
    <message>
        <source>The endpoint whose base URL this one replaces for requests from this region.</source>
        <translation>Der Endpunkt, dessen Basis-URL diese für Anfragen aus dieser Region ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Requests leave:</source>
        <translation>Anfragen gehen:</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>Proxy-&amp;URL:</translation>
    </message>
    <message>
        <source>Proxy u&amp;ser:</source>
        <translation>Proxy-Benut&amp;zer:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;For endpoint:</source>
        <translation>&amp;Für Endpunkt:</translation>
    </message>
    <message>
        <source>Base U&amp;RL:</source>
        <translation>Basis-U&amp;RL:</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>Beliebiger Endpunkt</translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation>%1 (nicht mehr gespeichert)</translation>
    </message>
    <message>
        <source>Give the region a name.</source>
        <translation>Geben Sie der Region einen Namen.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port or socks5://host:port.</source>
        <translation>Geben Sie den Proxy als http://host:port oder socks5://host:port ein.</translation>
    </message>
    <message>
        <source>“%1” is not a proxy URL: write http://host:port or socks5://host:port.</source>
        <translation>„%1“ ist keine Proxy-URL: Schreiben Sie http://host:port oder socks5://host:port.</translation>
    </message>
    <message>
        <source>Leave the user and password out of the proxy URL: they have fields of their own.</source>
        <translation>Lassen Sie Benutzer und Passwort aus der Proxy-URL weg: Dafür gibt es eigene Felder.</translation>
    </message>
    <message>
        <source>Press “Save in keychain” to keep the password you typed, or clear the field.</source>
        <translation>Drücken Sie „Im Schlüsselbund speichern“, um das eingegebene Passwort zu behalten, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>The region-specific base URL must be an http:// or https:// address.</source>
        <translation>Die regionsspezifische Basis-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The endpoint “%1” is no longer saved: pick another.</source>
        <translation>Der Endpunkt „%1“ ist nicht mehr gespeichert: Wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>RegionModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>TTFT p50 · %1</source>
        <translation>TTFT p50 · %1</translation>
    </message>
    <message>
        <source>Δ ms · %1</source>
        <translation>Δ ms · %1</translation>
    </message>
    <message>
        <source>Δ % · %1</source>
        <translation>Δ % · %1</translation>
    </message>
    <message>
        <source>Published Δ ms · %1</source>
        <translation>Veröff. Δ ms · %1</translation>
    </message>
    <message>
        <source>tok/s p50 · %1</source>
        <translation>tok/s p50 · %1</translation>
    </message>
    <message>
        <source>Difference from %1 (negative: faster from %2)</source>
        <translation>Differenz zu %1 (negativ: schneller aus %2)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
    <message>
        <source>Reads a saved report and writes it again: the leaderboard as a table, CSV or Markdown, or the JSON report.</source>
        <translation>Liest einen gespeicherten Bericht und schreibt ihn erneut: die Rangliste als Tabelle, CSV oder Markdown oder den JSON-Bericht.</translation>
    </message>
    <message>
        <source>A report saved by Tokenmeter (--out FILE.json).</source>
        <translation>Ein von Tokenmeter gespeicherter Bericht (--out DATEI.json).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Write here instead of stdout (atomically).</source>
        <translation>Hierhin statt auf stdout schreiben (atomar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>name one report file</source>
        <translation>geben Sie eine Berichtsdatei an</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE.pdf</source>
        <translation>--format pdf erfordert --out DATEI.pdf</translation>
    </message>
    <message>
        <source>list, show or export</source>
        <translation>list, show oder export</translation>
    </message>
    <message>
        <source>The history database (default: $TOKENMETER_HISTORY, else the user&apos;s).</source>
        <translation>Die Verlaufsdatenbank (Standard: $TOKENMETER_HISTORY, sonst die des Benutzers).</translation>
    </message>
    <message>
        <source>Only runs whose name, tags, models or endpoint contain this.</source>
        <translation>Nur Läufe, deren Name, Schlagwörter, Modelle oder Endpunkt diesen Text enthalten.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>No runs in %1.</source>
        <translation>Keine Läufe in %1.</translation>
    </message>
    <message>
        <source>expected list, show ID or export ID</source>
        <translation>erwartet: list, show ID oder export ID</translation>
    </message>
    <message>
        <source>no run %1 in %2</source>
        <translation>kein Lauf %1 in %2</translation>
    </message>
    <message>
        <source>Run %1, %2: %3, %4 requests.</source>
        <translation>Lauf %1, %2: %3, %4 Anfragen.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>n A/B</source>
        <translation>n A/B</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <source>95% CI of change</source>
        <translation>95-%-KI der Änderung</translation>
    </message>
    <message>
        <source>Beyond noise</source>
        <translation>Über dem Rauschen</translation>
    </message>
    <message>
        <source>SIMULATED: at least one run measured Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>SIMULIERT: Mindestens ein Lauf hat den simulierten Anbieter von Tokenmeter gemessen, nicht eine echte API.</translation>
    </message>
    <message>
        <source>Compares two runs (reports) per model and region: TTFT p50/p90/p99 and tokens/s, and whether each change is beyond run-to-run noise.
</source>
        <translation>Vergleicht zwei Läufe (Berichte) pro Modell und Region: TTFT p50/p90/p99 und Tokens/s, und ob jede Änderung über dem Rauschen zwischen Läufen liegt.
</translation>
    </message>
    <message>
        <source>The first report (A).</source>
        <translation>Der erste Bericht (A).</translation>
    </message>
    <message>
        <source>The second report (B); not with --regions or --models.</source>
        <translation>Der zweite Bericht (B); nicht zusammen mit --regions oder --models.</translation>
    </message>
    <message>
        <source>table (default), csv or md.</source>
        <translation>table (Standard), csv oder md.</translation>
    </message>
    <message>
        <source>Compare two regions of one report, e.g. us-east,asia (A is the first).</source>
        <translation>Zwei Regionen eines Berichts vergleichen, z. B. us-east,asia (A ist die erste).</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Compare two models of one report, e.g. glm-5,deepseek-v4-pro (A is the first).</source>
        <translation>Zwei Modelle eines Berichts vergleichen, z. B. glm-5,deepseek-v4-pro (A ist das erste).</translation>
    </message>
    <message>
        <source>name one report file with --regions or --models</source>
        <translation>geben Sie mit --regions oder --models genau eine Berichtsdatei an</translation>
    </message>
    <message>
        <source>name two report files</source>
        <translation>geben Sie zwei Berichtsdateien an</translation>
    </message>
    <message>
        <source>expected two %1 of the report, A,B, each with requests</source>
        <translation>erwartet: zwei %1 des Berichts, A,B, jeweils mit Anfragen</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>the two runs share no model and region</source>
        <translation>die beiden Läufe haben kein gemeinsames Modell mit gemeinsamer Region</translation>
    </message>
    <message>
        <source>--format must be table, csv or md</source>
        <translation>--format muss table, csv oder md sein</translation>
    </message>
    <message>
        <source>TTFT is the time to the %1.</source>
        <translation>TTFT ist die Zeit bis zum %1.</translation>
    </message>
    <message>
        <source>What TTFT means: token (the first token of any kind, as the published study measured; default) or text (the first answer text).</source>
        <translation>Was TTFT bedeutet: token (das erste Token jeder Art, wie die veröffentlichte Studie gemessen hat; Standard) oder text (der erste Antworttext).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>--ttft must be token or text</source>
        <translation>--ttft muss token oder text sein</translation>
    </message>
    <message>
        <source>table, json, csv (one row per model and region), requests-csv (one row per request), md, html or pdf (pdf needs --out). Default: from --out&apos;s file type, else %1.</source>
        <translation>table, json, csv (eine Zeile pro Modell und Region), requests-csv (eine Zeile pro Anfrage), md, html oder pdf (pdf erfordert --out). Standard: nach dem Dateityp von --out, sonst %1.</translation>
    </message>
    <message>
        <source>What TTFT means in the tables and charts: token (the first token of any kind, as the published study measured; default) or text (the first answer text).</source>
        <translation>Was TTFT in den Tabellen und Diagrammen bedeutet: token (das erste Token jeder Art, wie die veröffentlichte Studie gemessen hat; Standard) oder text (der erste Antworttext).</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;</source>
        <translation>--format muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--ttft must be token or text, not &quot;%1&quot;</source>
        <translation>--ttft muss token oder text sein, nicht „%1“</translation>
    </message>
    <message>
        <source>all failed</source>
        <translation>alle fehlgeschlagen</translation>
    </message>
    <message>
        <source>The runs kept in the history:
  history list [--search TEXT]    every run, newest first
  history show ID                 a run&apos;s leaderboard
  history export ID [--format F] [--out FILE]   a run as a report (json), or any --format</source>
        <translation>Die im Verlauf gespeicherten Läufe:
  history list [--search TEXT]    alle Läufe, neueste zuerst
  history show ID                 die Rangliste eines Laufs
  history export ID [--format F] [--out DATEI]   ein Lauf als Bericht (json) oder in jedem --format</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Vorsicht:</translation>
    </message>
    <message>
        <source>CAUTION: %1</source>
        <translation>VORSICHT: %1</translation>
    </message>
    <message>
        <source>Step %1: %2 against %3</source>
        <translation>Stufe %1: %2 gegen %3</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <source>Tokens/s p50</source>
        <translation>Tokens/s p50</translation>
    </message>
    <message>
        <source>$/M output</source>
        <translation>$/M Ausgabe</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Which model for which job</source>
        <translation>Welches Modell wofür</translation>
    </message>
    <message>
        <source>TTFT budget</source>
        <translation>TTFT-Budget</translation>
    </message>
    <message>
        <source>The cheapest model whose measured TTFT p90 from the region is inside the band.</source>
        <translation>Das günstigste Modell, dessen gemessene TTFT p90 aus der Region im Bereich liegt.</translation>
    </message>
    <message>
        <source>Cheapest from %1</source>
        <translation>Günstigstes aus %1</translation>
    </message>
    <message>
        <source>%1 (p90 &lt; %2 ms)</source>
        <translation>%1 (p90 &lt; %2 ms)</translation>
    </message>
    <message>
        <source>%1 (any)</source>
        <translation>%1 (beliebig)</translation>
    </message>
    <message>
        <source>%1, $%2/M, p90 %3 ms</source>
        <translation>%1, $%2/M, p90 %3 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>Preisstufen</translation>
    </message>
    <message>
        <source>TTFT p50 · %1</source>
        <translation>TTFT p50 · %1</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Difference (ms)</source>
        <translation>Differenz (ms)</translation>
    </message>
    <message>
        <source>Difference (%)</source>
        <translation>Differenz (%)</translation>
    </message>
    <message>
        <source>Published difference (ms)</source>
        <translation>Veröffentlichte Differenz (ms)</translation>
    </message>
    <message>
        <source>TTFT p50 in ms from each region; the difference is the second minus the first.</source>
        <translation>TTFT p50 in ms aus jeder Region; die Differenz ist die zweite minus die erste.</translation>
    </message>
    <message>
        <source>Tokenmeter run, %1</source>
        <translation>Tokenmeter-Lauf, %1</translation>
    </message>
    <message>
        <source>Output speed, tokens/s (bar p50, line to p90)</source>
        <translation>Ausgabegeschwindigkeit, Tokens/s (Balken p50, Linie bis p90)</translation>
    </message>
    <message>
        <source>Simulated: measured against Tokenmeter&apos;s simulated provider, not a real API.</source>
        <translation>Simuliert: mit dem simulierten Anbieter von Tokenmeter gemessen, nicht mit einer echten API.</translation>
    </message>
    <message>
        <source>The run was stopped before it finished: these are the requests that did.</source>
        <translation>Der Lauf wurde vor dem Ende angehalten: Dies sind die abgeschlossenen Anfragen.</translation>
    </message>
    <message>
        <source>Time to first token of any kind, ms (bar p50, line to p90)</source>
        <translation>Zeit bis zum ersten Token jeder Art, ms (Balken p50, Linie bis p90)</translation>
    </message>
    <message>
        <source>Time to the first answer text, ms (bar p50, line to p90)</source>
        <translation>Zeit bis zum ersten Antworttext, ms (Balken p50, Linie bis p90)</translation>
    </message>
    <message>
        <source>TTFT against input tokens: prefill rate estimated from the slope</source>
        <translation>TTFT über Eingabe-Tokens: Prefill-Rate aus der Steigung geschätzt</translation>
    </message>
    <message>
        <source>Workload: %1.</source>
        <translation>Arbeitslast: %1.</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Chars/s p50</source>
        <translation>Zeichen/s p50</translation>
    </message>
    <message>
        <source>Output tokens p50 (min–max)</source>
        <translation>Ausgabetoken p50 (min.–max.)</translation>
    </message>
    <message>
        <source>prompt &quot;%1&quot;</source>
        <translation>Prompt „%1“</translation>
    </message>
    <message>
        <source>conversations of the dataset %1</source>
        <translation>Gespräche des Datensatzes %1</translation>
    </message>
    <message>
        <source>%1, %2 iterations per model and region (+%3 warm-up, excluded), max %4 tokens.</source>
        <translation>%1, %2 Durchläufe je Modell und Region (+%3 Aufwärmen, nicht gezählt), höchstens %4 Token.</translation>
    </message>
    <message>
        <source>Endpoint %1; %2; %3 iterations per model and region.</source>
        <translation>Endpunkt %1; %2; %3 Durchläufe je Modell und Region.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Stufenmessung</translation>
    </message>
    <message>
        <source>%1, max %2 tokens; %3</source>
        <translation>%1, max. %2 Tokens; %3</translation>
    </message>
    <message>
        <source>Latency against throughput, one point per step</source>
        <translation>Latenz gegen Durchsatz, ein Punkt je Stufe</translation>
    </message>
    <message>
        <source>Goodput against the load offered</source>
        <translation>Goodput gegen die angebotene Last</translation>
    </message>
    <message>
        <source>Endpoint %1; %2; %3</source>
        <translation>Endpunkt %1; %2; %3</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV, one row per model and region (*.csv)</source>
        <translation>CSV, eine Zeile pro Modell und Region (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one row per request (*.csv)</source>
        <translation>CSV, eine Zeile pro Anfrage (*.csv)</translation>
    </message>
    <message>
        <source>Tokenmeter report, JSON (*.json)</source>
        <translation>Tokenmeter-Bericht, JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain-text leaderboard (*.txt)</source>
        <translation>Rangliste als reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Lauf exportieren</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>longer than a request can last (35 minutes of wall time)</source>
        <translation>länger, als eine Anfrage dauern kann (35 Minuten Echtzeit)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of config.models</source>
        <translation>„%1“ ist nicht in config.models enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of config.regions</source>
        <translation>„%1“ ist nicht in config.regions enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request status</source>
        <translation>„%1“ ist kein Anfragestatus</translation>
    </message>
    <message>
        <source>expected a whole number of nanoseconds</source>
        <translation>ganze Zahl von Nanosekunden erwartet</translation>
    </message>
    <message>
        <source>missing, and token_source says usage</source>
        <translation>fehlt, obwohl token_source usage angibt</translation>
    </message>
    <message>
        <source>expected usage, events or none</source>
        <translation>usage, events oder none erwartet</translation>
    </message>
    <message>
        <source>more events than any stream sends</source>
        <translation>mehr Ereignisse, als ein Stream je sendet</translation>
    </message>
    <message>
        <source>expected a number of ms, not less than the one before it</source>
        <translation>Anzahl ms erwartet, nicht kleiner als die vorherige</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Tokenmeter report</source>
        <translation>%1: Die Datei ist leer, kein Tokenmeter-Bericht</translation>
    </message>
    <message>
        <source>%1: this is a %2 report; this Tokenmeter reads %3 (was it written by a newer version?)</source>
        <translation>%1: Dies ist ein Bericht im Format %2; dieses Tokenmeter liest %3 (wurde er von einer neueren Version geschrieben?)</translation>
    </message>
    <message>
        <source>%1: not a Tokenmeter report (no &quot;schema&quot;: &quot;%2&quot;)</source>
        <translation>%1: kein Tokenmeter-Bericht (kein &quot;schema&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than a report can be (%3 MB)</source>
        <translation>%1 ist %2 MB groß, mehr, als ein Bericht sein kann (%3 MB)</translation>
    </message>
    <message>
        <source>expected answer, reasoning or tool_call</source>
        <translation>erwartet answer, reasoning oder tool_call</translation>
    </message>
    <message>
        <source>earlier than first_ms</source>
        <translation>früher als first_ms</translation>
    </message>
    <message>
        <source>expected kernel, reading_thread or engine_thread</source>
        <translation>erwartet kernel, reading_thread oder engine_thread</translation>
    </message>
</context>
<context>
    <name>ReportSvg</name>
    <message>
        <source>line to p90</source>
        <translation>Linie bis p90</translation>
    </message>
    <message>
        <source>published (study, not measured)</source>
        <translation>veröffentlicht (Studie, nicht gemessen)</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>ms since the request was sent</source>
        <translation>ms seit dem Senden der Anfrage</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Iteration:</source>
        <translation>Iteration:</translation>
    </message>
    <message>
        <source>warm-up %1 (not in the statistics)</source>
        <translation>Aufwärmen %1 (nicht in der Statistik)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Headers after:</source>
        <translation>Header nach:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>TTFT (answer):</source>
        <translation>TTFT (Antwort):</translation>
    </message>
    <message>
        <source>TTFT (any token):</source>
        <translation>TTFT (beliebiges Token):</translation>
    </message>
    <message>
        <source>End to end:</source>
        <translation>Gesamtdauer (E2E):</translation>
    </message>
    <message>
        <source>the server&apos;s usage report</source>
        <translation>usage-Angabe des Servers</translation>
    </message>
    <message>
        <source>estimated: one per event, no usage was sent</source>
        <translation>geschätzt: eins pro Ereignis, kein usage gesendet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation>Ausgabetokens:</translation>
    </message>
    <message>
        <source>Tokens/s:</source>
        <translation>Tokens/s:</translation>
    </message>
    <message>
        <source>Inter-token gaps:</source>
        <translation>Abstände zwischen Tokens:</translation>
    </message>
    <message>
        <source>mean %1 ms, p50 %2 ms, p99 %3 ms, longest %4 ms</source>
        <translation>Mittel %1 ms, p50 %2 ms, p99 %3 ms, längster %4 ms</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>%1 with tokens, %2 in all, %3 comments, %4 bytes</source>
        <translation>%1 mit Tokens, %2 insgesamt, %3 Kommentare, %4 Bytes</translation>
    </message>
    <message>
        <source>Finish reason:</source>
        <translation>Abschlussgrund:</translation>
    </message>
    <message>
        <source>Sent at (CLOCK_MONOTONIC):</source>
        <translation>Gesendet um (CLOCK_MONOTONIC):</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>Time scale:</source>
        <translation>Zeitskala:</translation>
    </message>
    <message>
        <source>simulated time: wall time × %1</source>
        <translation>simulierte Zeit: Echtzeit × %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Answer text:</source>
        <translation>Antworttext:</translation>
    </message>
    <message>
        <source>Reasoning text:</source>
        <translation>Reasoning-Text:</translation>
    </message>
    <message>
        <source>Tool call arguments:</source>
        <translation>Argumente des Tool-Aufrufs:</translation>
    </message>
    <message>
        <source>%1 characters/s</source>
        <translation>%1 Zeichen/s</translation>
    </message>
    <message>
        <source>when the bytes reached this machine (the kernel&apos;s receive time)</source>
        <translation>als die Bytes diesen Rechner erreichten (Empfangszeit des Kernels)</translation>
    </message>
    <message>
        <source>when the reading thread read the bytes (its clock, before each read)</source>
        <translation>als der Lese-Thread die Bytes las (seine Uhr, vor jedem Lesen)</translation>
    </message>
    <message>
        <source>when Qt&apos;s network stack handed the bytes to the engine thread</source>
        <translation>als Qts Netzwerk-Stack die Bytes an den Engine-Thread übergab</translation>
    </message>
    <message>
        <source>Arrival times:</source>
        <translation>Ankunftszeiten:</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>warm-up %1</source>
        <translation>Aufwärmen %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <source>Any ms</source>
        <comment>first token of any kind, reasoning included</comment>
        <translation>Bel. ms</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Token source</source>
        <translation>Token-Quelle</translation>
    </message>
    <message>
        <source>E2E ms</source>
        <comment>end-to-end time</comment>
        <translation>E2E ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1, tried again</source>
        <translation>%1, erneut versucht</translation>
    </message>
    <message>
        <source>1st token</source>
        <comment>what the first token was: answer, reasoning or tool call</comment>
        <translation>1. Token</translation>
    </message>
    <message>
        <source>chars/s</source>
        <comment>answer text, characters per second</comment>
        <translation>Zeichen/s</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>error in the stream</source>
        <translation>Fehler im Stream</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>malformed event</source>
        <translation>fehlerhaftes Ereignis</translation>
    </message>
    <message>
        <source>not an event stream</source>
        <translation>kein Ereignis-Stream</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>Zeitlimit beim Verbinden</translation>
    </message>
    <message>
        <source>first-token timeout</source>
        <translation>Zeitlimit bis zum ersten Token</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>Zeitlimit für Pausen</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>Gesamtzeitlimit</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>decompression failed</source>
        <translation>Dekomprimierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a request cut short when the user stopped the run: not a failure</comment>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>the kind of a first token: visible answer text</comment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>reasoning</source>
        <comment>the kind of a first token: reasoning (thinking) text</comment>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>tool call</source>
        <comment>the kind of a first token: a tool call&apos;s name or arguments</comment>
        <translation>Tool-Aufruf</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Measuring the measurement lag at %1x…</source>
        <translation>Messe die Messverzögerung bei %1x…</translation>
    </message>
    <message>
        <source>Speed-up %1x: the highest that keeps the figures honest here.</source>
        <translation>Beschleunigung %1x: die höchste, bei der die Werte hier unverfälscht bleiben.</translation>
    </message>
    <message>
        <source>Try &apos;tokenmeter-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;tokenmeter-cli %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>a run is already in progress</source>
        <translation>ein Lauf ist bereits im Gange</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0 (off) to 86400, not &quot;%2&quot;</source>
        <translation>--%1 muss eine Anzahl Sekunden von 0 (aus) bis 86400 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--format must be table, json, csv or md, not &quot;%1&quot;</source>
        <translation>--format muss table, json, csv oder md sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--rank-by must be ttft, tps or cost, not &quot;%1&quot;</source>
        <translation>--rank-by muss ttft, tps oder cost sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Streams chat completions from every chosen model and region and measures TTFT, tokens/s and latency. Without --endpoint or --base-url it runs against the embedded simulated provider.</source>
        <translation>Streamt Chat-Completions von jedem gewählten Modell aus jeder gewählten Region und misst TTFT, Tokens/s und Latenz. Ohne --endpoint oder --base-url läuft es gegen den eingebetteten simulierten Anbieter.</translation>
    </message>
    <message>
        <source>Comma-separated model ids (default: every catalog model).</source>
        <translation>Kommagetrennte Modell-IDs (Standard: alle Modelle des Katalogs).</translation>
    </message>
    <message>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <source>Measured requests per model and region (default 10).</source>
        <translation>Gemessene Anfragen pro Modell und Region (Standard: 10).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Warm-up requests per lane, excluded from statistics (default 1).</source>
        <translation>Aufwärm-Anfragen pro Spur, nicht in der Statistik (Standard: 1).</translation>
    </message>
    <message>
        <source>Model/region lanes running at once (default: all).</source>
        <translation>Gleichzeitig laufende Modell/Region-Spuren (Standard: alle).</translation>
    </message>
    <message>
        <source>Requests in flight within each lane (default 1: one after another, as the study measured).</source>
        <translation>Gleichzeitige Anfragen innerhalb jeder Spur (Standard: 1, also nacheinander, wie die Studie gemessen hat).</translation>
    </message>
    <message>
        <source>The prompt (default &quot;Explain recursion in 200 words&quot;).</source>
        <translation>Der Prompt (Standard: „Explain recursion in 200 words“).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>max_tokens of each request (default 150).</source>
        <translation>max_tokens jeder Anfrage (Standard: 150).</translation>
    </message>
    <message>
        <source>Total time one request may take, in seconds (default 600).</source>
        <translation>Gesamtzeit, die eine Anfrage dauern darf, in Sekunden (Standard: 600).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Time to connect and send, in seconds (default 15).</source>
        <translation>Zeit für Verbindungsaufbau und Senden, in Sekunden (Standard: 15).</translation>
    </message>
    <message>
        <source>Time to the first token, in seconds (default 120).</source>
        <translation>Zeit bis zum ersten Token, in Sekunden (Standard: 120).</translation>
    </message>
    <message>
        <source>Longest silence within an answer, in seconds (default 60).</source>
        <translation>Längste Pause innerhalb einer Antwort, in Sekunden (Standard: 60).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Seed of the simulated provider&apos;s jitter (default 1).</source>
        <translation>Seed für den Jitter des simulierten Anbieters (Standard: 1).</translation>
    </message>
    <message>
        <source>Make the simulated provider inject a fault, e.g. status=429.</source>
        <translation>Den simulierten Anbieter einen Fehler einspeisen lassen, z. B. status=429.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEZ</translation>
    </message>
    <message>
        <source>Do not ask for stream_options.include_usage (for servers that refuse it).</source>
        <translation>stream_options.include_usage nicht anfordern (für Server, die es ablehnen).</translation>
    </message>
    <message>
        <source>Keep each answer&apos;s text (and reasoning) in the JSON report.</source>
        <translation>Den Text jeder Antwort (und die Denkphase) im JSON-Bericht behalten.</translation>
    </message>
    <message>
        <source>Keep the run in this history database (default: $TOKENMETER_HISTORY, else the user&apos;s).</source>
        <translation>Den Lauf in dieser Verlaufsdatenbank speichern (Standard: $TOKENMETER_HISTORY, sonst die des Benutzers).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Do not keep the run in the history.</source>
        <translation>Den Lauf nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source>Print on stderr what each request sends (the key and extra header values redacted), and a line as each request is stored in the history.</source>
        <translation>Auf stderr ausgeben, was jede Anfrage sendet (Schlüssel und Werte zusätzlicher Header geschwärzt), sowie eine Zeile, sobald eine Anfrage im Verlauf gespeichert wird.</translation>
    </message>
    <message>
        <source>A catalog file adding or overriding models and prices.</source>
        <translation>Eine Katalogdatei, die Modelle und Preise hinzufügt oder überschreibt.</translation>
    </message>
    <message>
        <source>Print the plan (as the report&apos;s &quot;config&quot;) and run nothing; no key is read from the keychain.</source>
        <translation>Den Plan ausgeben (als „config“ des Berichts) und nichts ausführen; es wird kein Schlüssel aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>Also save the JSON report to FILE.</source>
        <translation>Den JSON-Bericht zusätzlich in DATEI speichern.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>DATEI.json</translation>
    </message>
    <message>
        <source>What to print: table, json, csv or md (default table).</source>
        <translation>Ausgabeformat: table, json, csv oder md (Standard: table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Rank the leaderboard by ttft, tps or cost (default ttft).</source>
        <translation>Die Rangliste nach ttft, tps oder cost ordnen (Standard: ttft).</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIK</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 applies to the simulated provider only</source>
        <translation>--%1 gilt nur für den simulierten Anbieter</translation>
    </message>
    <message>
        <source>Try a request again up to N times after HTTP 429, 5xx or a dropped connection, waiting as Retry-After says (else 1, 2, 4 ... s); every try is kept in the report (default 0).</source>
        <translation>Eine Anfrage nach HTTP 429, 5xx oder einer abgebrochenen Verbindung bis zu N-mal wiederholen, mit der Wartezeit aus Retry-After (sonst 1, 2, 4 … s); jeder Versuch bleibt im Bericht (Standard 0).</translation>
    </message>
    <message>
        <source>--time-scale must be auto or a number above 0, at most 1000</source>
        <translation>--time-scale muss auto oder eine Zahl über 0 sein, höchstens 1000</translation>
    </message>
    <message>
        <source>Run the simulated provider X times faster than real time (default 1); auto measures the highest speed-up that keeps the figures honest on this machine first.</source>
        <translation>Den simulierten Anbieter X-mal schneller als Echtzeit laufen lassen (Standard: 1); auto misst zuerst die höchste Beschleunigung, bei der die Werte auf diesem Rechner unverfälscht bleiben.</translation>
    </message>
    <message>
        <source>--transport must be engine or qt, not &quot;%1&quot;</source>
        <translation>--transport muss engine oder qt sein, nicht „%1“</translation>
    </message>
    <message>
        <source>engine (default): Tokenmeter&apos;s own HTTP/1.1 client, which times each read on a thread that only reads; qt: Qt&apos;s QNetworkAccessManager (HTTP/2 where the server offers it). Lanes through a proxy always use qt.</source>
        <translation>engine (Standard): Tokenmeters eigener HTTP/1.1-Client, der jeden Lesevorgang auf einem Thread misst, der nur liest; qt: Qts QNetworkAccessManager (HTTP/2, wo der Server es anbietet). Spuren über einen Proxy nutzen immer qt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>RunPlan</name>
    <message>
        <source>the proxy of region %1 must look like http://host:port or socks5://host:port, not &quot;%2&quot;</source>
        <translation>der Proxy der Region %1 muss die Form http://host:port oder socks5://host:port haben, nicht „%2“</translation>
    </message>
    <message>
        <source>the base URL of %1 from region %2 is not an http(s) URL: %3</source>
        <translation>die Basis-URL von %1 aus Region %2 ist keine http(s)-URL: %3</translation>
    </message>
    <message>
        <source>the protocol of endpoint %1 must be openai or anthropic, not %2</source>
        <translation>das Protokoll von Endpunkt %1 muss openai oder anthropic sein, nicht %2</translation>
    </message>
    <message>
        <source>model %1 has no endpoint to go to</source>
        <translation>Modell %1 hat keinen Endpunkt, an den es gesendet werden kann</translation>
    </message>
    <message>
        <source>model %1 is served by endpoint %2, which the run does not have</source>
        <translation>Modell %1 wird von Endpunkt %2 bereitgestellt, der in diesem Lauf fehlt</translation>
    </message>
    <message>
        <source>iterations must be between 1 and 100000</source>
        <translation>die Iterationen müssen zwischen 1 und 100000 liegen</translation>
    </message>
    <message>
        <source>warm-up requests must be between 0 and 100</source>
        <translation>die Aufwärm-Anfragen müssen zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>lanes must be 0 (all) or more</source>
        <translation>die Spuren müssen 0 (alle) oder mehr sein</translation>
    </message>
    <message>
        <source>max tokens must be between 1 and 1000000</source>
        <translation>die max. Tokens müssen zwischen 1 und 1000000 liegen</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>der Prompt ist leer</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 1000</source>
        <translation>die Zeitskala muss über 0 und höchstens 1000 sein</translation>
    </message>
    <message>
        <source>choose at least one model</source>
        <translation>wählen Sie mindestens ein Modell</translation>
    </message>
    <message>
        <source>choose at least one region</source>
        <translation>wählen Sie mindestens eine Region</translation>
    </message>
    <message>
        <source>choose an endpoint</source>
        <translation>wählen Sie einen Endpunkt</translation>
    </message>
    <message>
        <source>retries must be between 0 and 10</source>
        <translation>Wiederholungen müssen zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and %1</source>
        <translation>Die Parallelität muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>%1 streams at once need more open files than this system allows (%2): at most %3 streams can run at once; run fewer lanes at once or lower the concurrency</source>
        <translation>%1 gleichzeitige Streams brauchen mehr offene Dateien, als dieses System erlaubt (%2): höchstens %3 Streams können gleichzeitig laufen; lassen Sie weniger Spuren gleichzeitig laufen oder senken Sie die Parallelität</translation>
    </message>
    <message>
        <source>%1 speaks Anthropic&apos;s protocol, which has no min_tokens or ignore_eos: a fixed output length needs an OpenAI-compatible server that takes them (vLLM, llama.cpp)</source>
        <translation>%1 spricht das Protokoll von Anthropic, das weder min_tokens noch ignore_eos kennt: eine feste Antwortlänge braucht einen OpenAI-kompatiblen Server, der sie annimmt (vLLM, llama.cpp)</translation>
    </message>
    <message>
        <source>the dataset %1 was not read</source>
        <translation>Der Datensatz %1 wurde nicht gelesen</translation>
    </message>
    <message>
        <source>a load test does not retry: a 429 or a failure is part of what it measures</source>
        <translation>ein Lasttest wiederholt nicht: ein 429 oder ein Fehler gehört zu dem, was er misst</translation>
    </message>
    <message>
        <source>a step of the load test is too long at this time scale</source>
        <translation>eine Stufe des Lasttests ist bei dieser Beschleunigung zu lang</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>%v of %m requests</source>
        <translation>%v von %m Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <translation>
            <numerusform>%n laufend</numerusform>
            <numerusform>%n laufend</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message numerus="yes">
        <source>all %n request(s) failed</source>
        <translation>
            <numerusform>%n Anfrage fehlgeschlagen</numerusform>
            <numerusform>alle %n Anfragen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <comment>requests stopped with the run, not failures</comment>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSettingsPanel</name>
    <message>
        <source>Simulated provider (built in)</source>
        <translation>Simulierter Anbieter (eingebaut)</translation>
    </message>
    <message>
        <source>Requests in flight per model and region: 1 measures as the study did, more is a load test</source>
        <translation>Gleichzeitige Anfragen pro Modell und Region: 1 misst wie die Studie, mehr ist ein Lasttest</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>Speed-up:</source>
        <translation>Beschleunigung:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Endpoints…</source>
        <translation>Endpunkte…</translation>
    </message>
    <message>
        <source>Add and edit endpoints: base URL, protocol, key, extra headers, CA file</source>
        <translation>Endpunkte hinzufügen und bearbeiten: Basis-URL, Protokoll, Schlüssel, zusätzliche Header, CA-Datei</translation>
    </message>
    <message>
        <source>type a key for this session only (not saved)</source>
        <translation>Schlüssel nur für diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Regions…</source>
        <translation>Regionen…</translation>
    </message>
    <message>
        <source>Add and edit regions: direct, through a proxy, or a region-specific base URL</source>
        <translation>Regionen hinzufügen und bearbeiten: direkt, über einen Proxy oder eine regionsspezifische Basis-URL</translation>
    </message>
    <message>
        <source>Through the proxy %1</source>
        <translation>Über den Proxy %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>Directly from this machine</source>
        <translation>Direkt von diesem Rechner</translation>
    </message>
    <message>
        <source>Plays the study&apos;s 15 models on this machine; every figure is simulated.</source>
        <translation>Spielt die 15 Modelle der Studie auf diesem Rechner nach; alle Werte sind simuliert.</translation>
    </message>
    <message>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation>Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>The study&apos;s models, simulated here</source>
        <translation>Die Modelle der Studie, hier simuliert</translation>
    </message>
    <message>
        <source>$%1 is not set</source>
        <translation>$%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>Auto (%1× measured)</source>
        <translation>Auto (%1× gemessen)</translation>
    </message>
    <message>
        <source>Auto (measuring…)</source>
        <translation>Auto (wird gemessen…)</translation>
    </message>
    <message>
        <source>The highest speed-up at which what it adds to the measurement lag moves no TTFT by more than 2%, measured on this machine; until measured, real time.</source>
        <translation>Die höchste Beschleunigung, bei der ihr Beitrag zur Messverzögerung keine TTFT um mehr als 2 % verschiebt, gemessen auf diesem Rechner; bis zur Messung Echtzeit.</translation>
    </message>
    <message>
        <source>Runs the simulated provider faster; figures are shown in simulated time, and say so when the speed-up distorts them</source>
        <translation>Lässt den simulierten Anbieter schneller laufen; Werte werden in simulierter Zeit angezeigt und weisen darauf hin, wenn die Beschleunigung sie verfälscht</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Auto (1×: %1)</source>
        <translation>Auto (1×: %1)</translation>
    </message>
    <message>
        <source>Warm cache</source>
        <translation>Warmer Cache</translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation>Feste Länge</translation>
    </message>
    <message>
        <source>as typed</source>
        <translation>wie eingegeben</translation>
    </message>
    <message>
        <source> tokens in</source>
        <translation> Tokens Eingabe</translation>
    </message>
    <message>
        <source>Input length of synthetic prompts, cut from public-domain prose and ending with the prompt; &quot;as typed&quot; sends the prompt alone. The server&apos;s count is recorded.</source>
        <translation>Eingabelänge synthetischer Prompts, aus gemeinfreier Prosa geschnitten und mit dem Prompt endend; „wie eingegeben“ sendet nur den Prompt. Die Zählung des Servers wird festgehalten.</translation>
    </message>
    <message>
        <source>Every request repeats one prefix, so a provider&apos;s prompt cache can serve it. Off: each request starts with its own marker, and no cache is hit.</source>
        <translation>Jede Anfrage wiederholt ein Präfix, sodass der Prompt-Cache eines Anbieters es bedienen kann. Aus: jede Anfrage beginnt mit ihrer eigenen Markierung, und kein Cache greift.</translation>
    </message>
    <message>
        <source>Ask for exactly Max tokens with min_tokens and ignore_eos (vLLM and llama.cpp servers; other servers may refuse the request).</source>
        <translation>Genau „Max. Tokens“ anfordern, mit min_tokens und ignore_eos (vLLM- und llama.cpp-Server; andere Server können die Anfrage ablehnen).</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Arbeitslast:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <source>What each request asks: the study&apos;s prompt, or synthetic prompts of a chat turn, a RAG prompt or a long context (their input length beside), or an agent&apos;s tool call</source>
        <translation>Was jede Anfrage fragt: den Prompt der Studie oder synthetische Prompts eines Chat-Beitrags, eines RAG-Prompts oder eines langen Kontexts (ihre Eingabelänge daneben) oder den Tool-Aufruf eines Agenten</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save what the fields ask (prompt or dataset, lengths, cache and tool options) as a workload of your own, offered in this list and to tokenmeter-cli --workload</source>
        <translation>Was die Felder verlangen (Prompt oder Datensatz, Längen, Cache- und Tool-Optionen) als eigene Arbeitslast speichern, angeboten in dieser Liste und für tokenmeter-cli --workload</translation>
    </message>
    <message>
        <source>Delete this saved workload</source>
        <translation>Diese gespeicherte Arbeitslast löschen</translation>
    </message>
    <message>
        <source>Save workload</source>
        <translation>Arbeitslast speichern</translation>
    </message>
    <message>
        <source>Name of the workload:</source>
        <translation>Name der Arbeitslast:</translation>
    </message>
    <message>
        <source>Offer a tool (get_weather) and require a call to it, as an agent would: the answer is the call, its arguments stream as tokens, and the time to its first token is reported beside TTFT (a reasoning model thinks first).</source>
        <translation>Ein Tool (get_weather) anbieten und seinen Aufruf verlangen, wie ein Agent es tut: Die Antwort ist der Aufruf, seine Argumente kommen als Token, und die Zeit bis zu seinem ersten Token steht neben der TTFT (ein Reasoning-Modell denkt zuerst).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in workload: choose another name.</source>
        <translation>„%1“ ist der Name einer eingebauten Arbeitslast: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>At most %1 workloads can be saved: delete one first.</source>
        <translation>Höchstens %1 Arbeitslasten können gespeichert werden: Löschen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>Prompt-Datei</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Last:</translation>
    </message>
</context>
<context>
    <name>SavedEndpoints</name>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
</context>
<context>
    <name>SecretBatch</name>
    <message>
        <source>the keychain holds nothing for %1: store it under Endpoints…</source>
        <translation>der Schlüsselbund enthält nichts für %1: unter „Endpunkte…“ speichern</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Save in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keeps it in memory until Tokenmeter quits; it is written nowhere.</source>
        <translation>Hält es im Arbeitsspeicher, bis Tokenmeter beendet wird; es wird nirgendwo abgelegt.</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Speichere im Schlüsselbund…</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Kept in memory until Tokenmeter quits; it is saved nowhere.</source>
        <translation>Bis zum Beenden von Tokenmeter im Arbeitsspeicher gehalten; es wird nirgendwo gespeichert.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain service (Secret Service or KWallet) is running, so keys can be kept for this session only.</source>
        <translation>Kein Schlüsselbund-Dienst (Secret Service oder KWallet) läuft, daher können Schlüssel nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <source>The keychain could not read %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The keychain could not store %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht entfernen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>why keys are session-only (the keychain&apos;s own message)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Runs Tokenmeter&apos;s simulated OpenAI-compatible provider until interrupted.</source>
        <translation>Führt den simulierten OpenAI-kompatiblen Anbieter von Tokenmeter aus, bis er unterbrochen wird.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse, auf der gelauscht wird.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Divide every delay by X (faster than real time).</source>
        <translation>Jede Verzögerung durch X teilen (schneller als Echtzeit).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Seed of the jitter.</source>
        <translation>Seed für den Jitter.</translation>
    </message>
    <message>
        <source>Inject a fault into every answer, e.g. status=429 or stall=2000.</source>
        <translation>In jede Antwort einen Fehler einspeisen, z. B. status=429 oder stall=2000.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEZ</translation>
    </message>
    <message>
        <source>A catalog file to add to the built-in one.</source>
        <translation>Eine Katalogdatei, die zum eingebauten Katalog hinzugefügt wird.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>tokenmeter-cli sim: --port must be 0-65535, --time-scale above 0 (at most 1000), --seed a whole number, --host an IP address</source>
        <translation>tokenmeter-cli sim: --port muss 0-65535 sein, --time-scale über 0 (höchstens 1000), --seed eine ganze Zahl, --host eine IP-Adresse</translation>
    </message>
    <message>
        <source>tokenmeter-cli sim: %1</source>
        <translation>tokenmeter-cli sim: %1</translation>
    </message>
    <message>
        <source>Simulated provider (every figure it produces is simulated) listening on %1</source>
        <translation>Simulierter Anbieter (alle seine Werte sind simuliert) lauscht auf %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>time scale %1x, seed %2, %3 models. Ctrl+C stops it.</source>
        <translation>Zeitskala %1x, Seed %2, %3 Modelle. Strg+C beendet ihn.</translation>
    </message>
</context>
<context>
    <name>SimServer</name>
    <message>
        <source>the simulated provider cannot listen on %1:%2: %3</source>
        <translation>der simulierte Anbieter kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>unbekannte Region „%1“</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>Endpunkt nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>the body must be a JSON object with &quot;model&quot; and &quot;messages&quot;</source>
        <translation>der Body muss ein JSON-Objekt mit „model“ und „messages“ sein</translation>
    </message>
    <message>
        <source>The model `%1` does not exist</source>
        <translation>Das Modell `%1` existiert nicht</translation>
    </message>
    <message>
        <source>simulated HTTP %1</source>
        <translation>simuliertes HTTP %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>simulated capacity: every decode slot is busy and the queue is full</source>
        <translation>simulierte Kapazität: jeder Decode-Platz ist belegt und die Warteschlange voll</translation>
    </message>
</context>
<context>
    <name>SocketExchange</name>
    <message>
        <source>the header &quot;%1&quot; holds a line break or a character HTTP does not allow</source>
        <translation>der Header „%1“ enthält einen Zeilenumbruch oder ein Zeichen, das HTTP nicht erlaubt</translation>
    </message>
    <message>
        <source>the scheme &quot;%1&quot; is not HTTP</source>
        <translation>das Schema „%1“ ist kein HTTP</translation>
    </message>
    <message>
        <source>the answer came compressed (%1) though the request asked for none, and cannot be decompressed</source>
        <translation>die Antwort kam komprimiert (%1), obwohl die Anfrage keine Komprimierung erbat, und lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>a redirect to another origin</source>
        <translation>eine Umleitung zu einem anderen Ursprung</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Umleitungen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the engine&apos;s transport has shut down</source>
        <translation>der Transport der Engine wurde beendet</translation>
    </message>
    <message>
        <source>the TLS connection broke in the middle of the answer: %1</source>
        <translation>die TLS-Verbindung brach mitten in der Antwort ab: %1</translation>
    </message>
</context>
<context>
    <name>SpeedupCalibrator</name>
    <message>
        <source>the simulated provider&apos;s write log was empty at %1x</source>
        <translation>das Schreibprotokoll des simulierten Anbieters war bei %1x leer</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>verletzt: %1</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>concurrency %1</source>
        <translation>Parallelität %1</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Conc.</source>
        <translation>Par.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Err</source>
        <translation>Fehl.</translation>
    </message>
    <message>
        <source>429</source>
        <translation>429</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>Tok./s</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p90 sched.</source>
        <translation>p90 Fahrpl.</translation>
    </message>
    <message>
        <source>ITL p50</source>
        <translation>ITL p50</translation>
    </message>
    <message>
        <source>E2E p99</source>
        <translation>E2E p99</translation>
    </message>
    <message>
        <source>Lag p99</source>
        <translation>Verzug p99</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Simulated: every figure was measured against the simulated provider, whose capacity is set in the catalog.</source>
        <translation>Simuliert: jeder Wert wurde gegen den simulierten Anbieter gemessen, dessen Kapazität im Katalog festgelegt ist.</translation>
    </message>
    <message>
        <source>Run at %1x the simulated provider&apos;s speed: figures are in its time, and the client&apos;s lag counts %1 times.</source>
        <translation>Mit %1-facher Geschwindigkeit des simulierten Anbieters gelaufen: Werte sind in seiner Zeit, und der Verzug des Clients zählt %1-fach.</translation>
    </message>
    <message>
        <source>Latencies in ms from each request&apos;s send; &quot;p90 sched.&quot; counts from when it was due (open loop), so the client&apos;s own lag is not hidden. Throughputs count what finished within a step&apos;s measured window.</source>
        <translation>Latenzen in ms ab dem Senden jeder Anfrage; „p90 Fahrpl.“ zählt ab ihrem Fälligkeitszeitpunkt (offene Schleife), damit der eigene Verzug des Clients nicht verborgen bleibt. Durchsätze zählen, was im Messfenster einer Stufe fertig wurde.</translation>
    </message>
    <message>
        <source>SLOs: %1. Goodput: requests/s that met every one.</source>
        <translation>SLOs: %1. Goodput: Anfragen/s, die jedes einhielten.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the highest rate found to meet the SLOs is %2 (%n step(s)).</source>
        <translation>
            <numerusform>%1: die höchste gefundene Rate, die die SLOs einhält, ist %2 (%n Stufe).</numerusform>
            <numerusform>%1: die höchste gefundene Rate, die die SLOs einhält, ist %2 (%n Stufen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no rate searched met the SLOs.</source>
        <translation>%1: keine gesuchte Rate hielt die SLOs ein.</translation>
    </message>
    <message>
        <source>%1: no knee within these steps.</source>
        <translation>%1: kein Knick innerhalb dieser Stufen.</translation>
    </message>
    <message>
        <source>%1: knee at %2, the first step to break the SLOs (%3).</source>
        <translation>%1: Knick bei %2, der ersten Stufe, die die SLOs verletzt (%3).</translation>
    </message>
    <message>
        <source>Step %1 (%2 from %3) is unreliable: the client sent its requests late (lag p99 %4 ms), so it offered less load than planned.</source>
        <translation>Stufe %1 (%2 aus %3) ist unzuverlässig: der Client sandte seine Anfragen zu spät (Verzug p99 %4 ms) und bot daher weniger Last als geplant.</translation>
    </message>
    <message>
        <source>%1: knee at %2, where %3 of %4 requests failed.</source>
        <translation>%1: Knick bei %2, wo %3 von %4 Anfragen fehlschlugen.</translation>
    </message>
    <message>
        <source>%1: knee at %2, where TTFT p90 is %3 ms, more than twice the %4 ms of the lowest load.</source>
        <translation>%1: Knick bei %2, wo TTFT p90 %3 ms beträgt, mehr als das Doppelte der %4 ms bei der niedrigsten Last.</translation>
    </message>
    <message>
        <source>| Step | Load | Model | Region | Sent | Err | 429 | req/s | tok/s | Goodput | TTFT p50 | TTFT p90 | ITL p99 | E2E p99 | Lag p99 | Client | SLO |</source>
        <translation>| Stufe | Last | Modell | Region | Gesendet | Fehl. | 429 | Anfr./s | Tok./s | Goodput | TTFT p50 | TTFT p90 | ITL p99 | E2E p99 | Verzug p99 | Client | SLO |</translation>
    </message>
</context>
<context>
    <name>StrategyModel</name>
    <message>
        <source>No price for %1</source>
        <translation>Kein Preis für %1</translation>
    </message>
    <message>
        <source>Edit as &quot;60% DeepSeek V4 Flash + 30% Qwen3-8B + 10% MiniMax M2.5&quot;</source>
        <translation>Bearbeiten im Format „60% DeepSeek V4 Flash + 30% Qwen3-8B + 10% MiniMax M2.5“</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Change in monthly cost against the first strategy</source>
        <translation>Änderung der Monatskosten gegenüber der ersten Strategie</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Routing mix</source>
        <translation>Routing-Mix</translation>
    </message>
    <message>
        <source>$/M out</source>
        <comment>USD per million output tokens</comment>
        <translation>$/M Ausgabe</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>vs first</source>
        <translation>ggü. erster</translation>
    </message>
</context>
<context>
    <name>StreamPreview</name>
    <message>
        <source>Stream preview</source>
        <translation>Stream-Vorschau</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>Show the newest request in flight</source>
        <translation>Die neueste laufende Anfrage anzeigen</translation>
    </message>
    <message>
        <source>Reasoning (models that think first show it here)</source>
        <translation>Denkphase (Modelle, die zuerst nachdenken, zeigen sie hier)</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>warm-up %1</source>
        <translation>Aufwärmen %1</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>streamt</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n event(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n Event</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamTarget</name>
    <message>
        <source>no API key was sent, and %1 wants one</source>
        <translation>es wurde kein API-Schlüssel gesendet, aber %1 verlangt einen</translation>
    </message>
    <message>
        <source>%1 refused the API key</source>
        <translation>%1 hat den API-Schlüssel abgelehnt</translation>
    </message>
</context>
<context>
    <name>StreamingRequest</name>
    <message>
        <source>malformed event from %1 after %2 events (%3): %4</source>
        <translation>fehlerhaftes Ereignis von %1 nach %2 Ereignisse (%3): %4</translation>
    </message>
    <message>
        <source>%1 reported an error inside the stream: %2</source>
        <translation>%1 hat innerhalb des Streams einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation>%1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered without streaming (%2); the endpoint may not support &quot;stream&quot;: true</source>
        <translation>%1 hat ohne Streaming geantwortet (%2); der Endpunkt unterstützt &quot;stream&quot;: true möglicherweise nicht</translation>
    </message>
    <message>
        <source>%1 did not answer with an event stream (Content-Type %2): %3</source>
        <translation>%1 hat nicht mit einem Ereignis-Stream geantwortet (Content-Type %2): %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>; an unfinished event at the end was discarded</source>
        <translation>; ein unvollständiges Ereignis am Ende wurde verworfen</translation>
    </message>
    <message>
        <source>the stream from %1 ended without [DONE] or a finish_reason after %2 events (%3)</source>
        <translation>der Stream von %1 endete nach %2 Ereignisse ohne [DONE] oder finish_reason (%3)</translation>
    </message>
    <message>
        <source>%1 did not finish the answer within %2 s</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <source>could not connect to %1 and send the request within %2 s</source>
        <translation>Verbindung zu %1 und Senden der Anfrage nicht innerhalb von %2 s möglich</translation>
    </message>
    <message>
        <source>no token from %1 within %2 s</source>
        <translation>kein Token von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1 went silent for %2 s in the middle of the answer</source>
        <translation>%1 blieb mitten in der Antwort %2 s lang stumm</translation>
    </message>
    <message>
        <source>%1 sent a line or event longer than %2 MiB</source>
        <translation>%1 hat eine Zeile oder ein Ereignis gesendet, das länger als %2 MiB ist</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB in one answer</source>
        <translation>%1 hat in einer Antwort mehr als %2 MiB gesendet</translation>
    </message>
    <message>
        <source>%1 sent more than %2 token events in one answer</source>
        <translation>%1 hat in einer Antwort mehr als %2 Token-Ereignisse gesendet</translation>
    </message>
    <message>
        <source> (Retry-After: %1 s)</source>
        <translation> (Retry-After: %1 s)</translation>
    </message>
    <message>
        <source>following a redirect from %1 (HTTP %2 to %3) failed: %4</source>
        <translation>die Weiterleitung von %1 (HTTP %2 nach %3) konnte nicht verfolgt werden: %4</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: %2</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen: %2</translation>
    </message>
    <message>
        <source>stopped with the run</source>
        <translation>mit dem Lauf angehalten</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Copy selection</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Token arrival</source>
        <translation>Token-Eingang</translation>
    </message>
    <message>
        <source>Cumulative output tokens per request; colour: model</source>
        <translation>Kumulierte Ausgabetokens je Anfrage; Farbe: Modell</translation>
    </message>
    <message>
        <source>Run time (s)</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Run time (s, simulated time at %1× speed-up)</source>
        <translation>Laufzeit (s, simulierte Zeit bei %1× Beschleunigung)</translation>
    </message>
    <message>
        <source>(%1 requests drawn: those in flight first, then the latest)</source>
        <translation>(%1 Anfragen gezeichnet: zuerst die laufenden, dann die neuesten)</translation>
    </message>
</context>
<context>
    <name>TransportError</name>
    <message>
        <source>%1 redirected to %2: not followed, so the key and headers stay with %1</source>
        <translation>%1 hat auf %2 weitergeleitet: Der Weiterleitung wird nicht gefolgt, damit Schlüssel und Header bei %1 bleiben</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>einen anderen Host</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times (a redirect loop?)</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet (eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>der Host %1 wurde nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running on that port?</source>
        <translation>%1 hat die Verbindung abgelehnt: Läuft der Server auf diesem Port?</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2 (a server with a private certificate authority needs its CA certificate: --ca-file)</source>
        <translation>TLS mit %1 fehlgeschlagen: %2 (ein Server mit privater Zertifizierungsstelle braucht deren CA-Zertifikat: --ca-file)</translation>
    </message>
    <message>
        <source>the proxy to %1 failed: %2</source>
        <translation>der Proxy zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the answer from %1 could not be decompressed: %2</source>
        <translation>die Antwort von %1 konnte nicht dekomprimiert werden: %2</translation>
    </message>
    <message>
        <source>%1 broke the HTTP protocol: %2</source>
        <translation>%1 hat gegen das HTTP-Protokoll verstoßen: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Start run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Start a run with the picked models (F5)</source>
        <translation>Einen Lauf mit den ausgewählten Modellen starten (F5)</translation>
    </message>
    <message>
        <source>Cancel the run; finished requests are kept (Shift+F5)</source>
        <translation>Lauf abbrechen; abgeschlossene Anfragen bleiben erhalten (Umschalt+F5)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation>Bildschirmfoto &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find model</source>
        <translation>Modell &amp;suchen</translation>
    </message>
    <message>
        <source>Which model for which job</source>
        <translation>Welches Modell wofür</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost projector</source>
        <translation>Kostenprognose</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tokenmeter</source>
        <translation>Ü&amp;ber Tokenmeter</translation>
    </message>
    <message>
        <source>About Tokenmeter</source>
        <translation>Über Tokenmeter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokenmeter %1&lt;/b&gt;&lt;p&gt;Measures how fast LLM APIs really stream: time to first token, tokens per second and their spread, against prices.&lt;/p&gt;&lt;p&gt;Published figures are the reference study&apos;s, never Tokenmeter&apos;s measurements; figures from the built-in provider are simulated.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tokenmeter %1&lt;/b&gt;&lt;p&gt;Misst, wie schnell LLM-APIs wirklich streamen: Zeit bis zum ersten Token, Tokens pro Sekunde und deren Streuung, im Vergleich zu den Preisen.&lt;/p&gt;&lt;p&gt;Veröffentlichte Werte stammen aus der Referenzstudie und sind nie Messungen von Tokenmeter; Werte des eingebauten Anbieters sind simuliert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export run…</source>
        <translation>Lauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the run shown as PDF, HTML, Markdown, CSV or JSON</source>
        <translation>Den angezeigten Lauf als PDF, HTML, Markdown, CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>&amp;TTFT means</source>
        <translation>&amp;TTFT bedeutet</translation>
    </message>
    <message>
        <source>First token of any kind (as published)</source>
        <translation>Erstes Token jeder Art (wie veröffentlicht)</translation>
    </message>
    <message>
        <source>First answer text</source>
        <translation>Erster Antworttext</translation>
    </message>
    <message>
        <source>Measure the honest &amp;speed-up again</source>
        <translation>Unverfälschte &amp;Beschleunigung erneut messen</translation>
    </message>
    <message>
        <source>&amp;Side panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Shows or hides the models, run settings and stream preview; the charts take the room</source>
        <translation>Zeigt oder verbirgt Modelle, Laufeinstellungen und Stream-Vorschau; die Diagramme nutzen den frei werdenden Platz</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>Preisstufen</translation>
    </message>
    <message>
        <source>Load steps</source>
        <translation>Laststufen</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>The study&apos;s prompt</source>
        <translation>Prompt der Studie</translation>
    </message>
    <message>
        <source>Short chat</source>
        <translation>Kurzer Chat</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>synthetic prompts of ~%1 input tokens (±%2%)</source>
        <translation>synthetische Prompts mit ~%1 Eingabe-Tokens (±%2 %)</translation>
    </message>
    <message>
        <source>synthetic prompts of ~%1 input tokens</source>
        <translation>synthetische Prompts mit ~%1 Eingabe-Tokens</translation>
    </message>
    <message>
        <source>the prompt of %1 (SHA-256 %2)</source>
        <translation>der Prompt aus %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>the prompt as given</source>
        <translation>der Prompt wie angegeben</translation>
    </message>
    <message>
        <source>warm cache: every request repeats one prefix</source>
        <translation>warmer Cache: jede Anfrage wiederholt ein Präfix</translation>
    </message>
    <message>
        <source>unique prefixes: no two requests share a cacheable prefix</source>
        <translation>eindeutige Präfixe: keine zwei Anfragen teilen ein cachebares Präfix</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>; fixed output length (min_tokens, ignore_eos)</source>
        <translation>; feste Antwortlänge (min_tokens, ignore_eos)</translation>
    </message>
    <message>
        <source>the input length must be from 0 (the prompt as given) to %1 tokens</source>
        <translation>die Eingabelänge muss zwischen 0 (der Prompt wie angegeben) und %1 Tokens liegen</translation>
    </message>
    <message>
        <source>the input length&apos;s spread must be from 0% to 90%</source>
        <translation>die Streuung der Eingabelänge muss zwischen 0 % und 90 % liegen</translation>
    </message>
    <message>
        <source>Input-length sweep</source>
        <translation>Eingabelängen-Messreihe</translation>
    </message>
    <message>
        <source>an input-length sweep over %1 tokens</source>
        <translation>eine Eingabelängen-Messreihe über %1 Tokens</translation>
    </message>
    <message>
        <source>an input-length sweep needs from 2 to %1 lengths</source>
        <translation>eine Eingabelängen-Messreihe braucht 2 bis %1 Längen</translation>
    </message>
    <message>
        <source>every length of an input-length sweep must be from 1 to %1 tokens</source>
        <translation>jede Länge einer Eingabelängen-Messreihe muss zwischen 1 und %1 Tokens liegen</translation>
    </message>
    <message>
        <source>Agent (tool call)</source>
        <translation>Agent (Tool-Aufruf)</translation>
    </message>
    <message>
        <source>conversations of the dataset %1 (SHA-256 %2), drawn with seed %3</source>
        <translation>Gespräche des Datensatzes %1 (SHA-256 %2), gezogen mit Startwert %3</translation>
    </message>
    <message>
        <source>; a call to the tool get_weather required</source>
        <translation>; ein Aufruf des Tools get_weather verlangt</translation>
    </message>
    <message>
        <source>a dataset&apos;s conversations are sent as they are: no synthetic input length, sweep or prompt file with it</source>
        <translation>Die Gespräche eines Datensatzes werden gesendet, wie sie sind: keine synthetische Eingabelänge, Messreihe oder Prompt-Datei dazu</translation>
    </message>
    <message>
        <source>warm cache: a conversation drawn again repeats its prefix</source>
        <translation>warmer Cache: Ein erneut gezogenes Gespräch wiederholt sein Präfix</translation>
    </message>
</context>
<context>
    <name>WorkloadJson</name>
    <message>
        <source>expected unique or warm</source>
        <translation>erwartet: unique oder warm</translation>
    </message>
    <message>
        <source>expected a whole number of tokens from 1 to %1</source>
        <translation>erwartet: eine ganze Zahl von Tokens von 1 bis %1</translation>
    </message>
    <message>
        <source>expected a whole number, as a string</source>
        <translation>erwartet eine ganze Zahl als Zeichenkette</translation>
    </message>
</context>
<context>
    <name>WorkloadNotes</name>
    <message>
        <source>%1: all %2 requests were served cached input tokens; TTFT p50 %3 ms (no cold request to compare)</source>
        <translation>%1: alle %2 Anfragen bekamen Eingabe-Tokens aus dem Cache; TTFT p50 %3 ms (keine kalte Anfrage zum Vergleich)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests were served cached input tokens; TTFT p50 %4 ms cold, %5 ms cached</source>
        <translation>%1: %2 von %3 Anfragen bekamen Eingabe-Tokens aus dem Cache; TTFT p50 %4 ms kalt, %5 ms aus dem Cache</translation>
    </message>
    <message>
        <source>Workload: %1.</source>
        <translation>Arbeitslast: %1.</translation>
    </message>
    <message>
        <source>%1: the prompts were cut to ~%2 input tokens, but the server counted %3 (p50 of usage.prompt_tokens): its tokenizer differs from the estimate</source>
        <translation>%1: die Prompts wurden auf ~%2 Eingabe-Tokens geschnitten, der Server zählte aber %3 (p50 von usage.prompt_tokens): sein Tokenizer weicht von der Schätzung ab</translation>
    </message>
    <message>
        <source>%1: prefill ~%2 input tokens/s (95% interval %3–%4), estimated from TTFT against input tokens over %5 requests at %6 lengths</source>
        <translation>%1: Prefill ~%2 Eingabe-Tokens/s (95-%-Intervall %3–%4), geschätzt aus TTFT über Eingabe-Tokens aus %5 Anfragen bei %6 Längen</translation>
    </message>
    <message>
        <source>%1: no prefill rate: TTFT did not grow measurably with the input (%2 requests at %3 lengths)</source>
        <translation>%1: keine Prefill-Rate: TTFT wuchs nicht messbar mit der Eingabe (%2 Anfragen bei %3 Längen)</translation>
    </message>
    <message>
        <source>Costs count cached input tokens at the full input price; providers bill them for less.</source>
        <translation>Die Kosten rechnen gecachte Eingabe-Tokens zum vollen Eingabepreis; Anbieter berechnen sie günstiger.</translation>
    </message>
    <message>
        <source>Output lengths differ by more than 20% between lanes (p50 %1 tokens for %2, %3 for %4): their tokens/s and end-to-end times do not compare directly; ask for a fixed length or compare text speed (chars/s).</source>
        <translation>Die Ausgabelängen der Spuren unterscheiden sich um mehr als 20 % (p50 %1 Token für %2, %3 für %4): Ihre Token/s und Gesamtzeiten sind nicht direkt vergleichbar; verlangen Sie eine feste Länge oder vergleichen Sie die Textgeschwindigkeit (Zeichen/s).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests answered with a tool call, its first token after %4 ms (p50), its arguments at %5 characters/s</source>
        <translation>%1: %2 von %3 Anfragen antworteten mit einem Tool-Aufruf, sein erstes Token nach %4 ms (p50), seine Argumente mit %5 Zeichen/s</translation>
    </message>
</context>
<context>
    <name>WorkloadOptions</name>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Send synthetic prompts of about N input tokens (cut from public-domain prose), ending with the prompt as the instruction.</source>
        <translation>Synthetische Prompts mit etwa N Eingabe-Tokens senden (aus gemeinfreier Prosa geschnitten), mit dem Prompt als Anweisung am Ende.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Send the text of FILE as the prompt (reports keep its name and SHA-256, not its text).</source>
        <translation>Den Text von DATEI als Prompt senden (Berichte behalten Namen und SHA-256, nicht den Text).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Let every request repeat one prefix, so a provider&apos;s prompt cache can serve it (default: each request starts with its own marker, so no cache is hit).</source>
        <translation>Jede Anfrage ein Präfix wiederholen lassen, sodass der Prompt-Cache eines Anbieters es bedienen kann (Standard: jede Anfrage beginnt mit ihrer eigenen Markierung, kein Cache greift).</translation>
    </message>
    <message>
        <source>Ask for exactly --max-tokens tokens with min_tokens and ignore_eos (vLLM, llama.cpp servers; others may refuse the request).</source>
        <translation>Genau --max-tokens Tokens anfordern, mit min_tokens und ignore_eos (vLLM-, llama.cpp-Server; andere können die Anfrage ablehnen).</translation>
    </message>
    <message>
        <source>--workload must be one of %1, not &quot;%2&quot;</source>
        <translation>--workload muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--input-tokens must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--input-tokens muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--prompt and --prompt-file cannot both be given</source>
        <translation>--prompt und --prompt-file können nicht beide angegeben werden</translation>
    </message>
    <message>
        <source>--input-sweep takes whole numbers of tokens from 1 to %1, not &quot;%2&quot;</source>
        <translation>--input-sweep nimmt ganze Zahlen von Tokens von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>Measure TTFT against input length: --iterations requests at each of these input lengths (e.g. 100,1000,4000,16000), interleaved; each model&apos;s prefill rate is estimated from the slope.</source>
        <translation>TTFT über der Eingabelänge messen: --iterations Anfragen bei jeder dieser Eingabelängen (z. B. 100,1000,4000,16000), verschränkt; die Prefill-Rate jedes Modells wird aus der Steigung geschätzt.</translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <source>--dataset-seed needs --dataset</source>
        <translation>--dataset-seed braucht --dataset</translation>
    </message>
    <message>
        <source>--dataset and --%1 cannot both be given: a conversation is sent as it is</source>
        <translation>--dataset und --%1 können nicht beide angegeben werden: Ein Gespräch wird gesendet, wie es ist</translation>
    </message>
    <message>
        <source>--dataset-seed must be a whole number from 0 to 2^64-1, not &quot;%1&quot;</source>
        <translation>--dataset-seed muss eine ganze Zahl von 0 bis 2^64-1 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Send conversations from FILE, JSON Lines of OpenAI &quot;messages&quot; or ShareGPT &quot;conversations&quot;: each request one, drawn with --dataset-seed, the nth request of every lane the same (reports keep the file&apos;s name and SHA-256, not its text).</source>
        <translation>Gespräche aus FILE senden, JSON Lines mit OpenAI „messages“ oder ShareGPT „conversations“: je Anfrage eines, gezogen mit --dataset-seed, die n-te Anfrage jeder Spur dasselbe (Berichte behalten Name und SHA-256 der Datei, nicht ihren Text).</translation>
    </message>
    <message>
        <source>Seed of the draw from --dataset (default 1).</source>
        <translation>Startwert der Ziehung aus --dataset (Vorgabe 1).</translation>
    </message>
    <message>
        <source>--dataset sends conversations as they are: the %1 workload&apos;s synthetic prompts cannot go with it</source>
        <translation>--dataset sendet Gespräche, wie sie sind: Die synthetischen Prompts der Arbeitslast %1 passen nicht dazu</translation>
    </message>
    <message>
        <source>What each request asks: study (the study&apos;s prompt, 150 max tokens: the default), chat (~100 input tokens), rag (~2000), long (~16000), sweep (100, 1000, 4000 and 16000: TTFT against input length) or agent (a required call to a get_weather tool, timed to its first token).</source>
        <translation>Was jede Anfrage fragt: study (der Prompt der Studie, 150 Token höchstens: die Vorgabe), chat (~100 Eingabetoken), rag (~2000), long (~16000), sweep (100, 1000, 4000 und 16000: TTFT über der Eingabelänge) oder agent (ein verlangter Aufruf eines Tools get_weather, gemessen bis zu seinem ersten Token).</translation>
    </message>
    <message>
        <source>Offer a tool (get_weather) and require a call to it, as an agent would (the agent workload does this): the answer is the call, its arguments stream as tokens, and the time to its first token is reported beside TTFT.</source>
        <translation>Ein Tool (get_weather) anbieten und seinen Aufruf verlangen, wie ein Agent es tut (die Arbeitslast agent tut das): Die Antwort ist der Aufruf, seine Argumente kommen als Token, und die Zeit bis zu seinem ersten Token steht neben der TTFT.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Measures how fast LLM APIs really stream.</source>
        <translation>Misst, wie schnell LLM-APIs wirklich streamen.</translation>
    </message>
    <message>
        <source>Start a run of every model on the simulated provider at launch.</source>
        <translation>Beim Start einen Lauf aller Modelle mit dem simulierten Anbieter beginnen.</translation>
    </message>
    <message>
        <source>Speed-up of the simulated provider (default 1).</source>
        <translation>Beschleunigung des simulierten Anbieters (Standard: 1).</translation>
    </message>
    <message>
        <source>Requests per model and region in --demo (default 3).</source>
        <translation>Anfragen pro Modell und Region bei --demo (Standard: 3).</translation>
    </message>
    <message>
        <source>With --demo: save a screenshot here when the run ends, then quit.</source>
        <translation>Mit --demo: nach dem Lauf hier ein Bildschirmfoto speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Fenstergröße, z. B. 1600x1000.</translation>
    </message>
    <message>
        <source>en, de or zh_CN (default: the system&apos;s).</source>
        <translation>en, de oder zh_CN (Standard: die Systemsprache).</translation>
    </message>
    <message>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Benutzers verwenden.</translation>
    </message>
    <message>
        <source>Add or override models from a catalog file.</source>
        <translation>Modelle aus einer Katalogdatei hinzufügen oder überschreiben.</translation>
    </message>
    <message>
        <source>--time-scale must be a number from 1 to 100</source>
        <translation>--time-scale muss eine Zahl von 1 bis 100 sein</translation>
    </message>
    <message>
        <source>--iterations must be a whole number from 1 to 1000</source>
        <translation>--iterations muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>--screenshot needs --demo</source>
        <translation>--screenshot erfordert --demo</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000 (at least 640x480)</source>
        <translation>--size muss die Form 1600x1000 haben (mindestens 640x480)</translation>
    </message>
    <message>
        <source>--show must be one of %1</source>
        <translation>--show muss eines von %1 sein</translation>
    </message>
    <message>
        <source>With --demo: what the screenshot shows: %1 (compare runs the demo until the history holds two runs).</source>
        <translation>Mit --demo: was der Screenshot zeigt: %1 (compare startet die Demo, bis der Verlauf zwei Läufe enthält).</translation>
    </message>
    <message>
        <source>With --demo: run these catalog models only (comma-separated ids).</source>
        <translation>Mit --demo: nur diese Katalogmodelle ausführen (kommagetrennte IDs).</translation>
    </message>
    <message>
        <source>With --screenshot: take it S seconds into the run, live, then stop.</source>
        <translation>Mit --screenshot: ihn S Sekunden nach dem Start live aufnehmen, dann anhalten.</translation>
    </message>
    <message>
        <source>--screenshot-after needs --screenshot and 0 to 3600 seconds</source>
        <translation>--screenshot-after braucht --screenshot und 0 bis 3600 Sekunden</translation>
    </message>
</context>
<context>
    <name>tokenmeter-cli</name>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation>unbekannter Befehl &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Usage: tokenmeter-cli COMMAND [options]

Commands:
  run        benchmark streaming chat models (default: the embedded simulated provider)
  sweep      step the load (concurrency or rate) and find where latency breaks
  sim        run the simulated OpenAI-compatible provider on its own
  report     re-export a saved report (table, json, csv, requests-csv, md, html, pdf)
  history    list, show and export the runs kept in the history
  compare    compare two reports: changes per model and region, and whether beyond noise
  models     list the models an endpoint serves
  endpoints  list the saved endpoints, or show one (never a key)
  regions    list the saved regions requests leave from

&apos;tokenmeter-cli COMMAND --help&apos; lists a command&apos;s options.
</source>
        <translation>Aufruf: tokenmeter-cli BEFEHL [Optionen]

Befehle:
  run        streamende Chat-Modelle benchmarken (Standard: der eingebettete simulierte Anbieter)
  sweep      die Last stufenweise steigern (Parallelität oder Rate) und finden, wo die Latenz einbricht
  sim        den simulierten OpenAI-kompatiblen Anbieter eigenständig ausführen
  report     einen gespeicherten Bericht neu exportieren (table, json, csv, requests-csv, md, html, pdf)
  history    die im Verlauf gespeicherten Läufe auflisten, anzeigen und exportieren
  compare    zwei Berichte vergleichen: Änderungen pro Modell und Region und ob sie über dem Rauschen liegen
  models     die Modelle auflisten, die ein Endpunkt bereitstellt
  endpoints  die gespeicherten Endpunkte auflisten oder einen anzeigen (nie einen Schlüssel)
  regions    die gespeicherten Regionen auflisten, von denen Anfragen ausgehen

„tokenmeter-cli BEFEHL --help“ listet die Optionen eines Befehls auf.
</translation>
    </message>
</context>
</TS>
