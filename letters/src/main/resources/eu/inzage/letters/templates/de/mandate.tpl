# Die Vollmacht (docs/law/mandate.md): Vollmachtgeber, Bevollmächtigte, Umfang, Untervollmacht, Dauer, Recht.
@subject Vollmacht für Anträge nach der Datenschutz-Grundverordnung

Ich, die unterzeichnende Person (Vollmachtgeber), bevollmächtige {organisation} (die
Bevollmächtigte), mich gegenüber {controller} und den mit ihr verbundenen Unternehmen, die als
(gemeinsam) Verantwortliche handeln, wie folgt zu vertreten.

@heading 1. Vollmachtgeber
@field Name | {participant}
@field Wohnsitzland | {residence}
@each accounts
@field {label} (Konto) | {value}
@end

@heading 2. Bevollmächtigte
@field Name | {organisation}
@if legalForm
@field Rechtsform | {legalForm}
@end
@if registration
@field Registernummer | {registration}
@end
@if organisationAddress
@field Anschrift | {organisationAddress}
@end
@if organisationEmail
@field E-Mail-Adresse | {organisationEmail}
@end
@if objectives
@if objectivesNote
@field Satzungsmäßige Ziele | {objectives} {objectivesNote}
@else
@field Satzungsmäßige Ziele | {objectives}
@end
@end

@heading 3. Umfang
Diese Vollmacht betrifft {controller} und die mit ihr verbundenen Unternehmen, die als (gemeinsam)
Verantwortliche handeln. Sie berechtigt die Bevollmächtigte,
- nach Art. 15 DSGVO Auskunft über meine personenbezogenen Daten zu verlangen, einschließlich
  einer Kopie der Daten (Art. 15 Abs. 3 DSGVO);
- auf meine Weisung in meinem Namen meine Rechte auf Berichtigung (Art. 16 DSGVO), Löschung
  (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO), Datenübertragbarkeit
  (Art. 20 DSGVO) und Widerspruch (Art. 21 DSGVO) auszuüben;
- Fragen des Verantwortlichen zur Überprüfung meiner Identität zu beantworten und dazu, soweit
  erforderlich, einen Identitätsnachweis vorzulegen (Art. 12 Abs. 6 DSGVO);
- die Antwort und meine personenbezogenen Daten in meinem Namen entgegenzunehmen;
@if complaint
- in meinem Namen Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 77 DSGVO); für diese
  Beschwerde beauftrage ich die Bevollmächtigte im Sinne des Art. 80 Abs. 1 DSGVO;
@end
@if proceedings
- in meinem Namen gerichtliche Rechtsbehelfe gegen eine Aufsichtsbehörde oder den
  Verantwortlichen einzulegen (Art. 78 und 79 DSGVO);
@end
@if compensation
- in meinem Namen Schadenersatz geltend zu machen (Art. 82 DSGVO);
@end
- diese Anträge weiterzuverfolgen, auch durch Erinnerungen an den Verantwortlichen.

Ich bin damit einverstanden, dass ein Verantwortlicher mir meine Daten auch unmittelbar
übermittelt.

@heading 4. Untervollmacht
@if subDelegation
Die Bevollmächtigte darf für diese Vollmacht ganz oder teilweise Untervollmacht erteilen, und zwar
einer Rechtsanwältin, einem Rechtsanwalt oder einer anderen zur Verschwiegenheit verpflichteten
Vertretung, die dann zu denselben Bedingungen handelt.
@else
Die Bevollmächtigte darf keine Untervollmacht erteilen.
@end

@heading 5. Dauer, Widerruf und Erklärung
@if defaultTerm
@if validUntil
Diese Vollmacht gilt zwei Jahre ab dem Tag der Unterschrift, also bis zum {validUntil}, sofern ich
sie nicht vorher widerrufe.
@else
Diese Vollmacht gilt zwei Jahre ab dem Tag der Unterschrift, sofern ich sie nicht vorher
widerrufe.
@end
@else
Diese Vollmacht gilt ab dem Tag der Unterschrift bis zum {validUntil}, sofern ich sie nicht vorher
widerrufe.
@end
Ich kann sie jederzeit durch Mitteilung an die Bevollmächtigte widerrufen.
@if organisationEmail
Eine E-Mail an {organisationEmail} genügt.
@end
Ein Widerruf berührt nicht, was die Bevollmächtigte vor seinem Zugang getan hat. Ich erkläre,
dass ich mindestens 18 Jahre alt bin und dass die obigen Angaben richtig sind.

@heading 6. Anwendbares Recht
@if lawCitation
Für diese Vollmacht gilt {law} ({lawCitation}).
@else
Für diese Vollmacht gilt {law}.
@end
@if bilingual
Diese Vollmacht ist in zwei Sprachen abgefasst; beide Fassungen haben denselben Inhalt.
@end
