"""Hand-written multi-article dumps for the splitter tests (the project's own text, real events)."""

# Eight articles in the formats scraped dumps mix: an ALL CAPS title with an outlet line and a
# repeated title, a "Related News" list with dated headlines, an unz-style "AUTHOR • DATE • WORDS"
# line, an Arabic article, a date-first header with a dashed byline, a transcript with speaker
# turns, a numeric day-first date, a bullet list, and a signature at the end.
MIXED_DUMP = """\
PEACEKEEPERS BEGIN TO LEAVE KARABAKH

Caucasus Ledger

Peacekeepers Begin To Leave Karabakh
Illustrative image

April 17, 2024

By Jane Holloway

Russian peacekeepers began to leave the Karabakh region of Azerbaijan in April 2024, officials in Moscow and Baku said. The contingent had arrived under the trilateral statement signed on 10 November 2020, which ended six weeks of war between Armenia and Azerbaijan.

The withdrawal followed the Azerbaijani operation of September 2023, after which almost all Karabakh Armenians left for Armenia.

Follow us on Telegram: https://t.me/caucasusledger
If you want us to stay online, please consider a small donation.

Related News

Monitoring centre in Aghdam closes
April 26, 2024

Moscow and Baku sign a declaration on allied interaction
February 22, 2022

Ankara and Baku Sign the Shusha Declaration
DAVID MERCER • JUNE 16, 2021 • 640 WORDS

The presidents of Türkiye and Azerbaijan, Recep Tayyip Erdoğan and Ilham Aliyev, signed the Shusha Declaration on 15 June 2021 in the town of Shusha. The document commits both states to help each other if either is attacked by a third state.

Among its points:

- closer work between the two defence industries;
- a transport link through the Zangezur route;
- regular joint military exercises.

Armenia criticised the visit, calling the town occupied territory.

© 2021 Caucasus Ledger. All rights reserved.

إعلان شوشا يعزز التحالف بين تركيا وأذربيجان

16 يونيو 2021

وقّع الرئيس التركي رجب طيب أردوغان والرئيس الأذربيجاني إلهام علييف إعلان شوشا يوم الخامس عشر من يونيو في مدينة شوشا. وينص الإعلان على أن يقدم كل بلد المساعدة للآخر إذا تعرض لهجوم من دولة ثالثة. كما يتحدث الإعلان عن تعاون أوثق في الصناعات الدفاعية وفي طرق النقل بين البلدين.

MORE ON THE TOPIC:

14.01.2022

Envoys of Türkiye and Armenia Meet in Moscow

by Ruth Adler – Regional correspondent – for Example Review

The special envoys of Türkiye and Armenia, Serdar Kılıç and Ruben Rubinyan, held their first round of normalisation talks in Moscow on 14 January 2022. Both foreign ministries called the meeting positive and constructive and said the talks would continue without preconditions.

Leave a Reply

Press statements after the 3+3 meeting in Moscow

10.12.2021

Host minister: Good afternoon. Today the foreign ministers of the region met in the new three-plus-three format for the first time.

Question: Will Georgia take part in the next meeting?

Host minister: The door remains open to Tbilisi. We hope it will join, but the decision belongs to Georgia alone.

<…>


Karabakh Talks Resume After the Blockade Begins

The blockade of the Lachin corridor began on 12 December 2022, when people presenting themselves as environmental activists stopped traffic on the only road between Armenia and Karabakh. Talks between Baku and Yerevan went on through the following months while supplies ran short.

By Jane Holloway
"""

MIXED_EXPECTED = [
    # (title, date, author, outlet, language)
    ("Peacekeepers Begin To Leave Karabakh", "2024-04-17", "Jane Holloway", "Caucasus Ledger", "en"),
    ("Ankara and Baku Sign the Shusha Declaration", "2021-06-16", "David Mercer", None, "en"),
    ("إعلان شوشا يعزز التحالف بين تركيا وأذربيجان", "2021-06-16", None, None, "ar"),
    ("Envoys of Türkiye and Armenia Meet in Moscow", "2022-01-14", "Ruth Adler", "Example Review", "en"),
    ("Press statements after the 3+3 meeting in Moscow", "2021-12-10", None, None, "en"),
    ("Karabakh Talks Resume After the Blockade Begins", None, "Jane Holloway", None, "en"),
]
