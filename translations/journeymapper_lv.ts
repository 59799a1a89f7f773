<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name>AnnotationForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="119"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="120"/>
        <source>&amp;Text:</source>
        <translation>&amp;Teksts:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="121"/>
        <source>&amp;Severity (1–5):</source>
        <translation>&amp;Svarīgums (1–5):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="122"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Atbildīgais:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="123"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Pamatojums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="124"/>
        <source>&amp;Votes:</source>
        <translation>&amp;Balsis:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="125"/>
        <source>Change annotation kind</source>
        <translation>piezīmes veida maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="127"/>
        <source>Change severity</source>
        <translation>svarīguma maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="128"/>
        <source>Change owner</source>
        <translation>atbildīgā maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="129"/>
        <source>Change evidence</source>
        <translation>pamatojuma maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="130"/>
        <source>Change votes</source>
        <translation>balsu maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="146"/>
        <source>← Back to “%1”</source>
        <translation>← Atpakaļ uz “%1”</translation>
    </message>
</context>
<context>
    <name>AnnotationsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="33"/>
        <source>Pain points and opportunities</source>
        <translation>Sāpju punkti un iespējas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="42"/>
        <source>&amp;Add pain point</source>
        <translation>Pievienot &amp;sāpju punktu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="43"/>
        <source>Add oppo&amp;rtunity</source>
        <translation>Pievienot &amp;iespēju</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="48"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="49"/>
        <source>De&amp;lete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="66"/>
        <source>%1 · severity %2: %3</source>
        <translation>%1 · svarīgums %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="100"/>
        <source>Delete annotation</source>
        <translation>piezīmes dzēšanu</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../journeymapper/ui/autosave.py" line="64"/>
        <source>Autosave failed: %1</source>
        <translation>Automātiskā saglabāšana neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="194"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="198"/>
        <source>Choose a colour</source>
        <translation>Izvēlieties krāsu</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="78"/>
        <source>Something went wrong inside JourneyMapper: %1

Your map is still open and can be saved.</source>
        <translation>JourneyMapper radās kļūda: %1

Karte joprojām ir atvērta, un to var saglabāt.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="84"/>
        <source>The details are in %1</source>
        <translation>Sīkāka informācija ir failā %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="87"/>
        <source>Unexpected error</source>
        <translation>Neparedzēta kļūda</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../journeymapper/ui/document.py" line="82"/>
        <source>shared from %1</source>
        <translation>koplietota karte no %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/document.py" line="86"/>
        <source>unsaved</source>
        <translation>nav saglabāta</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../journeymapper/ui/edit_actions.py" line="87"/>
        <source>Add lane</source>
        <translation>joslas pievienošanu</translation>
    </message>
</context>
<context>
    <name>EmotionsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="22"/>
        <source>Emotions</source>
        <translation>Emocijas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="54"/>
        <source>Add a persona to record emotions.</source>
        <translation>Pievienojiet personu, lai atzīmētu emocijas.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="56"/>
        <source>As is</source>
        <translation>Kā ir</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="57"/>
        <source>To be</source>
        <translation>Kā vajadzētu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="69"/>
        <source>From %1 to %2; the dash means no value</source>
        <translation>No %1 līdz %2; domuzīme nozīmē, ka vērtības nav</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="16"/>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1: atļautās vērtības ir %2, nevis %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="17"/>
        <source>the id %1 is already used in this map</source>
        <translation>identifikators %1 šajā kartē jau tiek izmantots</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="18"/>
        <source>nothing with id %1 in this map</source>
        <translation>šajā kartē nav objekta ar identifikatoru %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="19"/>
        <source>there is no %1 with id %2</source>
        <translation>nav objekta “%1” ar identifikatoru %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="20"/>
        <source>unknown map setting %1</source>
        <translation>nezināms kartes iestatījums %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="21"/>
        <source>language must be one of en, ru, uk, lv, not %1</source>
        <translation>kartes valodai jābūt en, ru, uk vai lv, nevis %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="22"/>
        <source>locked must be true or false</source>
        <translation>bloķēšana var būt tikai ieslēgta vai izslēgta</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="23"/>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="24"/>
        <source>%1 cannot be changed here</source>
        <translation>%1 šeit nevar mainīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="25"/>
        <source>%1 %2: %3</source>
        <translation>%1, lauks %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="27"/>
        <source>emotion values outside %1..%2: %3; rescale them or change them first</source>
        <translation>emociju vērtības ārpus diapazona %1..%2: %3; pārrēķiniet vai mainiet tās</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="30"/>
        <source>cards, flows and notes cannot be reordered this way</source>
        <translation>kartīšu, pāreju un piezīmju secību šādi mainīt nevar</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="31"/>
        <source>there is no stage %1</source>
        <translation>nav posma %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="32"/>
        <source>there is already a flow between these two touchpoints</source>
        <translation>starp šiem saskarsmes punktiem jau ir pāreja</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="33"/>
        <source>the map is locked by the facilitator: %1 waits until it is unlocked</source>
        <translation>vadītājs ir bloķējis kartes struktūru: %1 būs iespējama tikai pēc atbloķēšanas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="34"/>
        <source>adding a stage</source>
        <translation>posma pievienošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="35"/>
        <source>adding a lane</source>
        <translation>joslas pievienošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="36"/>
        <source>adding a touchpoint</source>
        <translation>saskarsmes punkta pievienošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="37"/>
        <source>changing a stage</source>
        <translation>posma maiņa</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="38"/>
        <source>changing a lane</source>
        <translation>joslas maiņa</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="39"/>
        <source>changing a touchpoint</source>
        <translation>saskarsmes punkta maiņa</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="40"/>
        <source>moving a stage</source>
        <translation>posma pārvietošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="41"/>
        <source>moving a lane</source>
        <translation>joslas pārvietošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="42"/>
        <source>moving a touchpoint</source>
        <translation>saskarsmes punkta pārvietošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="43"/>
        <source>deleting a stage</source>
        <translation>posma dzēšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="44"/>
        <source>deleting a lane</source>
        <translation>joslas dzēšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="45"/>
        <source>deleting a touchpoint</source>
        <translation>saskarsmes punkta dzēšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="46"/>
        <source>moving a card</source>
        <translation>kartītes pārvietošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="47"/>
        <source>stage</source>
        <translation>posms</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="48"/>
        <source>lane</source>
        <translation>josla</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="49"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="50"/>
        <source>view</source>
        <translation>skats</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="51"/>
        <source>touchpoint</source>
        <translation>saskarsmes punkts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="52"/>
        <source>flow</source>
        <translation>pāreja</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="53"/>
        <source>annotation</source>
        <translation>piezīme</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="54"/>
        <source>there is no persona named %1 in this map (personas: %2)</source>
        <translation>šajā kartē nav personas %1 (personas: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="55"/>
        <source>no voting round is running</source>
        <translation>balsošana nenotiek</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="56"/>
        <source>this round does not vote on that kind of item</source>
        <translation>šajā balsošanā par šādiem objektiem nebalso</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="57"/>
        <source>the voting round has ended</source>
        <translation>balsošana ir beigusies</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="58"/>
        <source>%1 is not a participant of this round</source>
        <translation>%1 šajā balsošanā nepiedalās</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="59"/>
        <source>%1 has used all %2 dots</source>
        <translation>%1 jau ir izmantojis visus punktus (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="60"/>
        <source>%1 has no dot on this item to take back</source>
        <translation>%1 nav punkta uz šī objekta, ko varētu noņemt</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="61"/>
        <source>a voting round needs named participants</source>
        <translation>balsošanai vajadzīgi dalībnieki ar vārdiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="62"/>
        <source>participant names must be different</source>
        <translation>dalībnieku vārdiem jāatšķiras</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="63"/>
        <source>the budget must be a whole number of dots from 1 to %1</source>
        <translation>punktu skaitam katram dalībniekam jābūt veselam skaitlim no 1 līdz %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="64"/>
        <source>votes go on %1</source>
        <translation>balsot var par: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="65"/>
        <source>refers to an item that does not exist</source>
        <translation>atsaucas uz neesošu objektu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="66"/>
        <source>must be a whole number of dots above 0</source>
        <translation>jābūt veselam punktu skaitam, lielākam par 0</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="67"/>
        <source>%1 used more than %2 dots</source>
        <translation>%1 ir izmantojis vairāk nekā %2 punktus</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="68"/>
        <source>the cap per item must be a whole number of dots from 1 to %1</source>
        <translation>punktu ierobežojumam vienam objektam jābūt veselam skaitlim no 1 līdz %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="69"/>
        <source>more than %1 dots on one item</source>
        <translation>vairāk nekā %1 punkti uz viena objekta</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="70"/>
        <source>at most %1 dots on one item</source>
        <translation>ne vairāk kā %1 punkti uz vienu objektu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="72"/>
        <source>must lie on the emotion scale %1..%2</source>
        <translation>jābūt emociju skalā %1..%2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="73"/>
        <source>crowd rating %1</source>
        <translation>telpas vērtējums: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="74"/>
        <source>must be text</source>
        <translation>jābūt tekstam</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="75"/>
        <source>must not be empty</source>
        <translation>nevar būt tukšs</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="76"/>
        <source>is longer than %1 characters</source>
        <translation>garāks par %1 rakstzīmēm</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="77"/>
        <source>must be a colour like #1f77b4</source>
        <translation>jābūt krāsai formātā #1f77b4</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="78"/>
        <source>must be a number</source>
        <translation>jābūt skaitlim</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="79"/>
        <source>the emotion scale bounds must be whole numbers</source>
        <translation>emociju skalas robežām jābūt veseliem skaitļiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="80"/>
        <source>the emotion scale minimum %1 must be below its maximum %2</source>
        <translation>emociju skalas minimumam (%1) jābūt mazākam par maksimumu (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="81"/>
        <source>the emotion scale may span at most %1 points</source>
        <translation>emociju skala var aptvert ne vairāk kā %1 punktus</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="82"/>
        <source>label for %1 lies outside the scale %2..%3</source>
        <translation>apzīmējums vērtībai %1 ir ārpus skalas %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="83"/>
        <source>%1 is outside the emotion scale %2..%3</source>
        <translation>%1 ir ārpus emociju skalas %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="84"/>
        <source>metric names must be non-empty text</source>
        <translation>rādītāju nosaukumiem jābūt netukšam tekstam</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="85"/>
        <source>%1 is outside %2..%3</source>
        <translation>%1 ir ārpus diapazona %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="86"/>
        <source>is not a lane kind</source>
        <translation>nav joslas veids</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="87"/>
        <source>refers to a stage that does not exist</source>
        <translation>atsaucas uz neesošu posmu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="88"/>
        <source>refers to stage %1, which does not exist</source>
        <translation>atsaucas uz posmu %1, kas neeksistē</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="89"/>
        <source>refers to persona %1, which does not exist</source>
        <translation>atsaucas uz personu %1, kas neeksistē</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="90"/>
        <source>refers to touchpoint %1, which does not exist</source>
        <translation>atsaucas uz saskarsmes punktu %1, kas neeksistē</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="91"/>
        <source>only an exit flow may have no target</source>
        <translation>bez mērķa var būt tikai atteikšanās pāreja</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="92"/>
        <source>a flow cannot lead from a touchpoint to itself</source>
        <translation>pāreja nevar vest no saskarsmes punkta uz to pašu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="93"/>
        <source>must be a number from 0 to 100</source>
        <translation>jābūt skaitlim no 0 līdz 100</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="94"/>
        <source>refers to %1, which is neither a touchpoint nor a stage</source>
        <translation>atsaucas uz %1, kas nav ne saskarsmes punkts, ne posms</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="95"/>
        <source>must be a whole number from 1 to 5</source>
        <translation>jābūt veselam skaitlim no 1 līdz 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="96"/>
        <source>must be a whole number of at least 0</source>
        <translation>jābūt veselam skaitlim, ne mazākam par 0</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="97"/>
        <source>refers to %1, which does not exist</source>
        <translation>atsaucas uz %1, kas neeksistē</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="98"/>
        <source>the clipboard does not hold JourneyMapper cards</source>
        <translation>starpliktuvē nav JourneyMapper kartīšu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="99"/>
        <source>the clipboard does not hold JourneyMapper cards (%1)</source>
        <translation>starpliktuvē nav JourneyMapper kartīšu (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="100"/>
        <source>these cards come from a newer JourneyMapper (v%1)</source>
        <translation>šīs kartītes ir no jaunākas JourneyMapper versijas (v%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="101"/>
        <source>the copied cards are damaged</source>
        <translation>nokopētās kartītes ir bojātas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="102"/>
        <source>the copied cards are damaged (%1)</source>
        <translation>nokopētās kartītes ir bojātas (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="103"/>
        <source>row %1, column %2: %3</source>
        <translation>%1. rinda, kolonna %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="104"/>
        <source>differs from row %1 for this touchpoint</source>
        <translation>atšķiras no %1. rindas šim saskarsmes punktam</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="105"/>
        <source>a %1 needs a touchpoint in this row</source>
        <translation>kolonnai “%1” šajā rindā vajadzīgs saskarsmes punkts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="106"/>
        <source>a note needs a touchpoint in this row</source>
        <translation>piezīmei šajā rindā vajadzīgs saskarsmes punkts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="107"/>
        <source>%1 is not a channel (use one of %2)</source>
        <translation>%1 nav kanāls (atļautie: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="108"/>
        <source>%1 differs from %2 in row %3</source>
        <translation>%1 atšķiras no %2 %3. rindā</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="109"/>
        <location filename="../journeymapper/commands/error_text.py" line="306"/>
        <source>%1 is not a number</source>
        <translation>%1 nav skaitlis</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="110"/>
        <source>%1 already has %2 for this touchpoint</source>
        <translation>personai %1 šim saskarsmes punktam jau ir vērtība %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="111"/>
        <source>%1 at %2</source>
        <translation>%1 (vieta: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="112"/>
        <source>(and more problems: %1)</source>
        <translation>(un citas problēmas: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="113"/>
        <source>is empty</source>
        <translation>ir tukšs</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="114"/>
        <source>is a binary file, not a JourneyMapper map</source>
        <translation>ir binārs fails, nevis JourneyMapper karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="115"/>
        <source>is not UTF-8 text (saved in a legacy 8-bit encoding?)</source>
        <translation>nav UTF-8 teksts (saglabāts novecojušā 8 bitu kodējumā?)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="116"/>
        <source>is not valid JSON: %1</source>
        <translation>nav derīgs JSON: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="117"/>
        <source>is nested too deeply to be a map</source>
        <translation>ir pārāk dziļi ligzdots, lai būtu karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="118"/>
        <source>is JSON of type %1, not a JourneyMapper map</source>
        <translation>ir %1 tipa JSON, nevis JourneyMapper karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="119"/>
        <source>is not a JourneyMapper map (no &quot;format&quot;: &quot;journeymapper&quot;)</source>
        <translation>nav JourneyMapper karte (nav &quot;format&quot;: &quot;journeymapper&quot;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="120"/>
        <source>has no valid format_version</source>
        <translation>nav derīgas formāta versijas (format_version)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="121"/>
        <source>cannot be read as a map</source>
        <translation>nav nolasāms kā karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="122"/>
        <source>unknown problem</source>
        <translation>nezināma problēma</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="123"/>
        <source>cannot be opened (%1)</source>
        <translation>nevar atvērt (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="124"/>
        <source>the id %1 is used more than once</source>
        <translation>identifikators %1 izmantots vairāk nekā vienu reizi</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="125"/>
        <source>a second flow between the same two touchpoints</source>
        <translation>otra pāreja starp tiem pašiem diviem saskarsmes punktiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="126"/>
        <source>contains an invalid character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>satur nederīgu rakstzīmi (atsevišķu UTF-16 aizstājējkodu, piemēram, \ud800)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="129"/>
        <source>must be a finite number</source>
        <translation>jābūt galīgam skaitlim</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="130"/>
        <source>is too large a number (at most %1)</source>
        <translation>pārāk liels skaitlis (ne vairāk kā %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="131"/>
        <source>is nested too deeply (more than %1 levels)</source>
        <translation>pārāk dziļa ligzdošana (vairāk nekā %1 līmeņu)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="132"/>
        <source>has a key longer than %1 characters</source>
        <translation>satur atslēgu, kas garāka par %1 rakstzīmēm</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="133"/>
        <source>must be %1</source>
        <translation>jābūt: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="134"/>
        <source>%1 or %2</source>
        <translation>%1 vai %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="135"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 nav neviena no vērtībām: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="136"/>
        <source>this value is not one of: %1</source>
        <translation>šī vērtība nav neviena no: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="137"/>
        <source>must be a colour like #1f77b4 (or empty)</source>
        <translation>jābūt krāsai formātā #1f77b4 (vai tukšam)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="150"/>
        <source>line %1</source>
        <translation>%1. rinda</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="151"/>
        <source>row %1</source>
        <translation>%1. rinda</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="152"/>
        <source>row %1, column %2</source>
        <translation>%1. rinda, kolonna %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="153"/>
        <source>byte %1</source>
        <translation>%1. baits</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="154"/>
        <source>the embedded map</source>
        <translation>iegultā karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="155"/>
        <source>pasted text</source>
        <translation>ielīmētais teksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="156"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="157"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="158"/>
        <source>%1,%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="159"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="160"/>
        <source>%1 bytes</source>
        <translation>%1 baiti</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="161"/>
        <source>permission denied</source>
        <translation>piekļuve liegta</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="162"/>
        <source>no such file or folder</source>
        <translation>šāda faila vai mapes nav</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="163"/>
        <source>the folder does not exist</source>
        <translation>mape nepastāv</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="164"/>
        <source>already exists</source>
        <translation>jau pastāv</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="165"/>
        <source>is a folder, not a file</source>
        <translation>ir mape, nevis fails</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="166"/>
        <source>a part of the path is not a folder</source>
        <translation>daļa no ceļa nav mape</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="167"/>
        <source>the file is read-only</source>
        <translation>fails ir tikai lasāms</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="168"/>
        <source>the disk is read-only</source>
        <translation>disks ir tikai lasāms</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="169"/>
        <source>no space left on the disk</source>
        <translation>diskā nav brīvas vietas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="170"/>
        <source>the disk quota is used up</source>
        <translation>diska kvota ir izsmelta</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="171"/>
        <source>the file name is too long</source>
        <translation>faila nosaukums ir pārāk garš</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="172"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>disku neizdevās nolasīt vai ierakstīt (ievades/izvades kļūda)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="173"/>
        <source>the file is in use by another program</source>
        <translation>failu izmanto cita programma</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="174"/>
        <source>the address is already in use</source>
        <translation>adrese jau tiek izmantota</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="175"/>
        <source>the address does not belong to this machine</source>
        <translation>adrese nepieder šim datoram</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="176"/>
        <source>is not a regular file (a device, pipe or socket?)</source>
        <translation>nav parasts fails (ierīce, konveijs vai ligzda?)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="177"/>
        <source>is too large (%1 MB; the limit is %2)</source>
        <translation>ir pārāk liels (%1 MB; ierobežojums — %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="178"/>
        <source>is too large (the limit is %1)</source>
        <translation>ir pārāk liels (ierobežojums — %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="179"/>
        <source>no such file</source>
        <translation>fails nav atrasts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="180"/>
        <source>cannot be read (%1)</source>
        <translation>nevar nolasīt (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="181"/>
        <source>was written by a newer JourneyMapper (format version %1); this version reads format versions up to %2</source>
        <translation>ir izveidots jaunākā JourneyMapper versijā (formāta versija %1); šī versija lasa formāta versijas līdz %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="185"/>
        <source>cannot import this kind of file; use one of %1</source>
        <translation>šāda veida failus nevar importēt; izmantojiet kādu no formātiem: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="186"/>
        <source>holds text that is not valid Unicode</source>
        <translation>satur nederīgas Unikoda rakstzīmes</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="187"/>
        <source>would make a map of %1 MB; a map file holds at most %2 MB</source>
        <translation>pēc importa karte aizņemtu %1 MB; kartes fails drīkst būt ne lielāks par %2 MB</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="188"/>
        <source>has more than %1 rows; an import makes at most %1 so the map stays within the file size limit (split the file)</source>
        <translation>satur vairāk nekā %1 rindu; imports izveido ne vairāk kā %1, lai karte nepārsniegtu faila izmēra ierobežojumu (sadaliet failu)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="192"/>
        <source>has more than %1 sections and tasks; an import makes at most %1 so the map stays within the file size limit (split the file)</source>
        <translation>satur vairāk nekā %1 sadaļu un uzdevumu; imports izveido ne vairāk kā %1, lai karte nepārsniegtu faila izmēra ierobežojumu (sadaliet failu)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="196"/>
        <source>is not valid UTF-16 text</source>
        <translation>nav derīgs UTF-16 teksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="197"/>
        <source>is not UTF-8 text (a legacy encoding such as Windows-1251 or Windows-1257?); save it as UTF-8, e.g. &apos;CSV UTF-8&apos; in Excel</source>
        <translation>nav UTF-8 teksts (novecojis kodējums, piemēram, Windows-1251 vai Windows-1257?); saglabājiet to UTF-8 kodējumā, piemēram, kā “CSV UTF-8” programmā Excel</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="201"/>
        <source>is not valid CSV (%1)</source>
        <translation>nav derīgs CSV (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="202"/>
        <source>cannot be read as rows (%1)</source>
        <translation>nevar nolasīt kā tabulas rindas (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="203"/>
        <source>a quotation mark is not closed or is followed by other text</source>
        <translation>pēdiņas nav aizvērtas vai aiz tām ir cits teksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="204"/>
        <source>the text ends inside quotation marks</source>
        <translation>teksts beidzas pēdiņu iekšpusē</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="205"/>
        <source>it holds a NUL character</source>
        <translation>satur rakstzīmi NUL</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="206"/>
        <source>a cell is longer than %1 characters</source>
        <translation>šūna ir garāka par %1 rakstzīmēm</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="207"/>
        <source>the column %1 appears twice</source>
        <translation>kolonna %1 ir norādīta divreiz</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="208"/>
        <source>the first row must name the columns, at least stage and touchpoint (known columns: %1)</source>
        <translation>pirmajā rindā jābūt kolonnu nosaukumiem, vismaz posmam (stage) un saskarsmes punktam (touchpoint) (zināmās kolonnas: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="211"/>
        <source>this cell is in a column without a header</source>
        <translation>šī šūna ir kolonnā bez virsraksta</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="212"/>
        <source>the table is empty</source>
        <translation>tabula ir tukša</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="213"/>
        <source>the first touchpoint needs a stage</source>
        <translation>pirmajam saskarsmes punktam vajadzīgs posms</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="214"/>
        <source>needs a stage or a touchpoint in this row</source>
        <translation>šajā rindā vajadzīgs posms vai saskarsmes punkts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="215"/>
        <source>%1 is not an evidence (use one of %2)</source>
        <translation>%1 nav derīgs pamatojums (atļautie: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="216"/>
        <source>%1 is not a whole number %2..%3</source>
        <translation>%1 nav vesels skaitlis no %2 līdz %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="217"/>
        <source>%1 is not a pain point or an opportunity</source>
        <translation>%1 nav ne sāpju punkts, ne iespēja</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="218"/>
        <source>a pain point or opportunity needs a stage</source>
        <translation>sāpju punktam vai iespējai vajadzīgs posms</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="219"/>
        <source>is not an Excel .xlsx workbook (not a zip archive)</source>
        <translation>nav Excel .xlsx darbgrāmata (nav zip arhīvs)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="220"/>
        <source>is not an Excel .xlsx workbook (%1 parts)</source>
        <translation>nav Excel .xlsx darbgrāmata (daļu skaits: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="221"/>
        <source>is not an Excel .xlsx workbook (unusual compression)</source>
        <translation>nav Excel .xlsx darbgrāmata (neparasta saspiešana)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="222"/>
        <source>unpacks to %1 MB; an .xlsx import may unpack to at most %2 MB</source>
        <translation>izpakots aizņem %1 MB; .xlsx importā drīkst izpakot ne vairāk kā %2 MB</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="223"/>
        <source>is not an Excel .xlsx workbook (the file is damaged)</source>
        <translation>nav Excel .xlsx darbgrāmata (fails ir bojāts)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="224"/>
        <source>has more than %1 columns</source>
        <translation>satur vairāk nekā %1 kolonnu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="225"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey (write #59; instead)</source>
        <translation>rakstzīme “;” klienta ceļojumā Mermaid formātā nav atļauta (tās vietā rakstiet #59;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="226"/>
        <source>&apos;journey&apos; may appear only once, at the start</source>
        <translation>atslēgvārds “journey” (klienta ceļojums) drīkst būt tikai vienreiz, pašā sākumā</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="227"/>
        <source>not a Mermaid journey diagram: it starts with %1</source>
        <translation>tas nav klienta ceļojums Mermaid formātā: teksts sākas ar %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="228"/>
        <source>a section name cannot hold &apos;:&apos; (write #58; instead)</source>
        <translation>sadaļas nosaukumā nedrīkst būt “:” (tās vietā rakstiet #58;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="229"/>
        <source>expected a task &apos;Name: score: Actor&apos; or a keyword, not %1</source>
        <translation>gaidīts uzdevums “Nosaukums: vērtējums: Dalībnieks” vai atslēgvārds, nevis %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="230"/>
        <source>a task needs a name before its &apos;:&apos;</source>
        <translation>uzdevumam pirms “:” vajadzīgs nosaukums</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="231"/>
        <source>the task %1 has no score (1 to 5)</source>
        <translation>uzdevumam %1 nav vērtējuma (no 1 līdz 5)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="232"/>
        <source>the score %1 is not a number from 1 to 5</source>
        <translation>vērtējums %1 nav skaitlis no 1 līdz 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="233"/>
        <source>the score %1 is outside 1 to 5</source>
        <translation>vērtējums %1 ir ārpus robežām no 1 līdz 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="234"/>
        <source>has more than %1 different actors</source>
        <translation>satur vairāk nekā %1 dažādu dalībnieku</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="235"/>
        <source>this accDescr { is never closed with }</source>
        <translation>šis accDescr { bloks nav aizvērts ar }</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="236"/>
        <source>not a Mermaid journey diagram: &apos;journey&apos; is missing</source>
        <translation>tas nav klienta ceļojums Mermaid formātā: trūkst atslēgvārda “journey”</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="237"/>
        <source>none of the %1 ```mermaid blocks holds a journey diagram</source>
        <translation>nevienā no ```mermaid blokiem (to skaits: %1) nav klienta ceļojuma (journey)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="238"/>
        <source>the front matter that starts here never ends with ---</source>
        <translation>šeit sāktais front matter bloks nav noslēgts ar ---</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="239"/>
        <source>uses every private-use character; it cannot be read</source>
        <translation>izmanto visas privātās lietošanas rakstzīmes; to nevar nolasīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="240"/>
        <source>is a damaged PNG image</source>
        <translation>ir bojāts PNG attēls</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="241"/>
        <source>is a damaged PNG image (it ends too early)</source>
        <translation>ir bojāts PNG attēls (tas beidzas par agru)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="242"/>
        <source>is a PNG image without an embedded map (export one from JourneyMapper)</source>
        <translation>ir PNG attēls bez iegultas kartes (eksportējiet to no JourneyMapper)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="243"/>
        <source>holds an embedded map larger than %1 bytes</source>
        <translation>satur iegultu karti, kas ir lielāka par %1 baitiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="244"/>
        <source>snapshot cannot be read: %1</source>
        <translation>momentuzņēmumu nevar nolasīt: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="245"/>
        <source>%1 (in %2)</source>
        <translation>%1 (lauks %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="246"/>
        <source>no snapshot labelled or with id %1 (newest: %2)</source>
        <translation>nav momentuzņēmuma ar nosaukumu vai identifikatoru %1 (jaunākie: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="247"/>
        <source>no snapshot labelled or with id %1 (the file has no snapshots)</source>
        <translation>nav momentuzņēmuma ar nosaukumu vai identifikatoru %1 (failā nav momentuzņēmumu)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="248"/>
        <source>its data is damaged (not compressed map JSON)</source>
        <translation>tā dati ir bojāti (tas nav saspiests kartes JSON)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="249"/>
        <source>its data is larger than %1 bytes</source>
        <translation>tā dati ir lielāki par %1 baitiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="250"/>
        <source>its data is cut short</source>
        <translation>tā dati ir nepilnīgi</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="251"/>
        <source>its data does not match its sha256 checksum</source>
        <translation>tā dati neatbilst sha256 kontrolsummai</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="252"/>
        <source>is not a list of snapshots; ignored</source>
        <translation>nav momentuzņēmumu saraksts; izlaists</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="253"/>
        <source>is a PNG export: snapshots are kept in .jmap map files</source>
        <translation>ir PNG eksports: momentuzņēmumi tiek glabāti .jmap karšu failos</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="254"/>
        <source>not a co-editing link (expected %1)</source>
        <translation>tā nav kopīgās rediģēšanas saite (gaidīta %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="255"/>
        <source>the link has no address and port</source>
        <translation>saitē nav adreses un porta</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="256"/>
        <source>the link&apos;s pairing code is not complete</source>
        <translation>saites savienošanas kods nav pilnīgs</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="257"/>
        <source>unknown theme %1; use %2</source>
        <translation>nezināms motīvs %1; atļautie: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="258"/>
        <source>unknown page %1; use %2</source>
        <translation>nezināms lapas formāts %1; atļautie: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="259"/>
        <source>unknown tile size %1; use %2</source>
        <translation>nezināms loksnes izmērs %1; atļautie: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="260"/>
        <source>unknown layout %1; use %2</source>
        <translation>nezināms izkārtojums %1; atļautie: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="261"/>
        <source>no saved view named %1 (views: %2)</source>
        <translation>nav saglabāta skata %1 (skati: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="262"/>
        <source>no persona named %1 (personas: %2)</source>
        <translation>nav personas %1 (personas: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="263"/>
        <source>is the input file; choose another name for the output</source>
        <translation>ir ievades fails; izvēlieties rezultātam citu nosaukumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="264"/>
        <source>already exists (add --force to replace it)</source>
        <translation>jau pastāv (pievienojiet --force, lai to aizstātu)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="265"/>
        <source>the map is large: the PNG was drawn at %1 dpi instead of %2</source>
        <translation>karte ir liela: PNG uzzīmēts ar %1 dpi izšķirtspēju, nevis %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="266"/>
        <source>%1 leaves out %2</source>
        <translation>%1 nesaglabā: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="267"/>
        <source>lane text</source>
        <translation>joslu teksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="268"/>
        <source>non-main flows (%1)</source>
        <translation>pārejas, kas nav galvenās (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="269"/>
        <source>to-be emotions</source>
        <translation>emocijas “kā vajadzētu”</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="270"/>
        <source>metrics</source>
        <translation>rādītāji</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="271"/>
        <source>touchpoint details</source>
        <translation>saskarsmes punktu detaļas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="272"/>
        <source>severity, owners and votes of pains and opportunities</source>
        <translation>sāpju punktu un iespēju svarīgums, atbildīgie un balsis</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="273"/>
        <source>the difference between stages or touchpoints of the same name</source>
        <translation>atšķirība starp vienāda nosaukuma posmiem vai saskarsmes punktiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="274"/>
        <source>the room&apos;s ratings (--table crowd writes them)</source>
        <translation>telpas vērtējumi (tos ieraksta --table crowd)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="275"/>
        <source>pain points (%1)</source>
        <translation>sāpju punkti (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="276"/>
        <source>opportunities (%1)</source>
        <translation>iespējas (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="277"/>
        <source>personas without emotions</source>
        <translation>personas bez emocijām</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="278"/>
        <source>touchpoints without emotions written as score 3 (%1)</source>
        <translation>saskarsmes punkti bez emocijām ierakstīti ar vērtējumu 3 (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="279"/>
        <source>scores are those of %1 (the first persona; --persona picks another)</source>
        <translation>vērtējumi ir personas %1 (pirmās; citu izvēlas ar --persona)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="280"/>
        <source>image %1 left out (not a readable PNG, JPEG, GIF or WebP ≤ 2 MB)</source>
        <translation>attēls %1 izlaists (tas nav nolasāms PNG, JPEG, GIF vai WebP fails līdz 2 MB)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="283"/>
        <source>image %1 left out (%2)</source>
        <translation>attēls %1 izlaists (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="284"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="285"/>
        <source>valid (%1 stages, %2 touchpoints)</source>
        <translation>karte ir derīga (posmi: %1, saskarsmes punkti: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="286"/>
        <source>stages: %1   touchpoints: %2   personas: %3   flows: %4</source>
        <translation>posmi: %1   saskarsmes punkti: %2   personas: %3   pārejas: %4</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="287"/>
        <source>pain points: %1   opportunities: %2   votes: %3</source>
        <translation>sāpju punkti: %1   iespējas: %2   balsis: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="288"/>
        <source>paths from first to last stage: %1</source>
        <translation>ceļi no pirmā posma līdz pēdējam: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="289"/>
        <source>dead ends: %1</source>
        <translation>strupceļi: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="290"/>
        <source>unreachable: %1</source>
        <translation>nesasniedzami saskarsmes punkti: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="291"/>
        <source>loops: %1</source>
        <translation>cilpas: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="292"/>
        <source>worst pain points:</source>
        <translation>smagākie sāpju punkti:</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="293"/>
        <source>%1 (severity %2, votes %3, %4)</source>
        <translation>%1 (svarīgums %2, balsis %3, %4)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="294"/>
        <source>lowest moments for %1: %2</source>
        <translation>sliktākie brīži personai %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="295"/>
        <source>cannot listen (%1)</source>
        <translation>nevar pieņemt savienojumus (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="296"/>
        <source>interrupted</source>
        <translation>pārtraukts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="297"/>
        <source>cannot be processed (%1)</source>
        <translation>nevar apstrādāt (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="298"/>
        <source>unknown template %1; choose one of %2</source>
        <translation>nezināma veidne %1; izvēlieties kādu no: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="299"/>
        <source>the output of import must be a .jmap file, not %1</source>
        <translation>importa rezultātam jābūt .jmap failam, nevis %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="300"/>
        <source>cannot export to %1: the name must end in one of %2</source>
        <translation>nevar eksportēt uz %1: nosaukumam jābeidzas ar kādu no: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="301"/>
        <source>--table applies to .csv exports only</source>
        <translation>--table attiecas tikai uz eksportu .csv formātā</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="302"/>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 vērtībai jābūt no %2 līdz %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="303"/>
        <source>--lang must be one of %1</source>
        <translation>--lang vērtībai jābūt kādai no: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="304"/>
        <source>unknown command %1; commands: %2</source>
        <translation>nezināma komanda %1; komandas: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="305"/>
        <source>%1 is not a whole number</source>
        <translation>%1 nav vesels skaitlis</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="307"/>
        <source>Design customer journey maps. With no command, opens the editor.</source>
        <translation>Klientu ceļojuma karšu veidošana. Bez komandas atver redaktoru.</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="308"/>
        <source>show the version and exit</source>
        <translation>parādīt versiju un iziet</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="309"/>
        <source>create a map from a template</source>
        <translation>izveidot karti no veidnes</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="310"/>
        <source>blank, e-shop or saas-trial</source>
        <translation>blank, e-shop vai saas-trial</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="311"/>
        <source>the language of the new map</source>
        <translation>jaunās kartes valoda</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="312"/>
        <source>replace OUT if it exists</source>
        <translation>aizstāt OUT, ja tas jau pastāv</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="313"/>
        <source>check a map; list every problem</source>
        <translation>pārbaudīt karti un uzskaitīt visas problēmas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="314"/>
        <source>counts and analysis of a map</source>
        <translation>kartes kopsavilkums un analīze</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="315"/>
        <source>print one JSON object</source>
        <translation>izvadīt vienu JSON objektu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="316"/>
        <source>make a map from Mermaid journey, CSV or XLSX</source>
        <translation>izveidot karti no klienta ceļojuma Mermaid formātā, CSV vai XLSX</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="317"/>
        <source>export to %1</source>
        <translation>eksportēt uz %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="318"/>
        <source>name of a saved view</source>
        <translation>saglabātā skata nosaukums</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="319"/>
        <source>name of the persona to show</source>
        <translation>parādāmās personas vārds</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="320"/>
        <source>CSV only: the journey table (default), the pains and opportunities table, or the room&apos;s ratings per stage (the crowd curve)</source>
        <translation>tikai CSV: klienta ceļojuma tabula (pēc noklusējuma), sāpju punktu un iespēju tabula vai telpas vērtējumi pa posmiem (telpas līkne)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="324"/>
        <source>resolution of PNG exports (default 150)</source>
        <translation>PNG eksporta izšķirtspēja (pēc noklusējuma 150)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="325"/>
        <source>size factor of PNG exports (default 1)</source>
        <translation>PNG eksporta mērogs (pēc noklusējuma 1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="326"/>
        <source>poster page; auto: the smallest of A3-A0 that keeps text at 6 pt or more</source>
        <translation>plakāta lapa; auto: mazākais no formātiem A3–A0, kurā teksts nav mazāks par 6 pt</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="329"/>
        <source>poster printed on A4 or A3 sheets to tape together</source>
        <translation>plakāts uz A4 vai A3 loksnēm salīmēšanai</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="330"/>
        <source>slides: one per lowest moment</source>
        <translation>slaidi: pa vienam katram no sliktākajiem brīžiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="331"/>
        <source>how the map is laid out</source>
        <translation>kartes izkārtojums</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="332"/>
        <source>colours: light, print or projector</source>
        <translation>krāsas: light (gaišs), print (druka) vai projector (projektors)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="333"/>
        <source>PNG without background</source>
        <translation>PNG bez fona</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="334"/>
        <source>PNG: leave the map out of the image (it cannot be reopened as a map)</source>
        <translation>PNG: neiegult karti attēlā (to nevarēs atvērt kā karti)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="337"/>
        <source>let participants join from their phones (room mode)</source>
        <translation>dalībnieki pievienojas no telefoniem (telpas režīms)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="338"/>
        <source>the one address to listen on (default: this machine&apos;s address on the network)</source>
        <translation>vienīgā adrese savienojumiem (pēc noklusējuma — šī datora adrese tīklā)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="341"/>
        <source>the port to listen on</source>
        <translation>ports savienojumiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="342"/>
        <source>dots per participant (1-100)</source>
        <translation>punkti katram dalībniekam (1–100)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="343"/>
        <source>what participants may do: notes, vote, rate or all</source>
        <translation>ko dalībnieki drīkst darīt: notes (piezīmes), vote (balsošana), rate (vērtēšana) vai all (viss)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="344"/>
        <source>let co-facilitators edit the map live from their laptops</source>
        <translation>līdzvadītāji rediģē karti reāllaikā no saviem klēpjdatoriem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="345"/>
        <source>mirror a map shared with `share` into a file, live</source>
        <translation>reāllaikā spoguļot failā karti, kas kopīgota ar `share`</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="346"/>
        <source>the link `share` printed</source>
        <translation>saite, ko izvadīja `share`</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="347"/>
        <source>keep the map&apos;s current state as a snapshot in the file</source>
        <translation>saglabāt kartes pašreizējo stāvokli failā kā momentuzņēmumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="348"/>
        <source>the snapshot&apos;s name, e.g. “post-workshop baseline”</source>
        <translation>momentuzņēmuma nosaukums, piemēram, “pēc darbnīcas”</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="349"/>
        <source>manual or published</source>
        <translation>manual (manuāli) vai published (publicēts)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="350"/>
        <source>who takes it (default: the map&apos;s author)</source>
        <translation>kas veido momentuzņēmumu (pēc noklusējuma — kartes autors)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="351"/>
        <source>list the snapshots kept in a map file</source>
        <translation>uzskaitīt kartes failā glabātos momentuzņēmumus</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="352"/>
        <source>what changed between two maps or snapshots (MAP.jmap@LABEL, MAP.jmap@ID)</source>
        <translation>kas mainījies starp divām kartēm vai momentuzņēmumiem (MAP.jmap@LABEL, MAP.jmap@ID)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="355"/>
        <source>print one JSON object with ids</source>
        <translation>izvadīt vienu JSON objektu ar identifikatoriem</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="356"/>
        <source>draw the compare: .pdf .png .svg .html</source>
        <translation>uzzīmēt salīdzinājumu: .pdf .png .svg .html</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="357"/>
        <source>compare OLD&apos;s as-is curves with NEW&apos;s to-be curves</source>
        <translation>salīdzināt OLD līknes “kā ir” ar NEW līknēm “kā vajadzētu”</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="358"/>
        <source>--label must not be empty</source>
        <translation>--label vērtība nedrīkst būt tukša</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="359"/>
        <source>slides: a “What changed since” slide; a snapshot label or id in FILE, or another map (OLD.jmap, OLD.jmap@LABEL)</source>
        <translation>slaidi: slaids “Kas mainījies kopš…”; momentuzņēmuma nosaukums vai identifikators failā FILE vai cita karte (OLD.jmap, OLD.jmap@LABEL)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="363"/>
        <source>delete one snapshot from the file (no undo)</source>
        <translation>dzēst vienu momentuzņēmumu no faila (bez atsaukšanas)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="364"/>
        <source>--changes-since applies to slide decks only (.pdf slides, .pptx)</source>
        <translation>--changes-since attiecas tikai uz prezentācijām (.pdf slaidi, .pptx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="367"/>
        <source>--host must be an IP address of this machine, not %1</source>
        <translation>--host vērtībai jābūt šī datora IP adresei, nevis %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="368"/>
        <source>cannot draw the compare to %1: the name must end in one of %2</source>
        <translation>nevar uzzīmēt salīdzinājumu failā %1: nosaukumam jābeidzas ar kādu no: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="369"/>
        <source>code: %1  viewer: %2</source>
        <translation>kods: %1  skatītājiem: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="370"/>
        <source>room closed: %1 contributions saved to %2</source>
        <translation>telpa slēgta; saglabāto dalībnieku ieguldījumu skaits: %1; fails: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="371"/>
        <source>sharing ended; the map is saved in %1</source>
        <translation>koplietošana beigusies; karte saglabāta failā %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="372"/>
        <source>the host refused to pair (%1)</source>
        <translation>dators ar koplietoto karti atteica savienošanu (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="373"/>
        <source>it already has as many co-editors as it takes</source>
        <translation>tas jau ir pieņēmis lielāko iespējamo līdzredaktoru skaitu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="374"/>
        <source>too many wrong codes from this computer: wait a minute and try again</source>
        <translation>pārāk daudz nepareizu kodu no šī datora: pagaidiet minūti un mēģiniet vēlreiz</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="375"/>
        <source>it did not accept the pairing code; check it against the host&apos;s screen</source>
        <translation>tas nepieņēma savienošanas kodu; salīdziniet to ar koplietotāja ekrānā redzamo</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="378"/>
        <source>it did not understand the pairing request</source>
        <translation>tas nesaprata savienošanas pieprasījumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="379"/>
        <source>the host stopped sharing; the map is saved in %1</source>
        <translation>dators ar koplietoto karti beidza koplietošanu; karte saglabāta failā %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="380"/>
        <source>the host stopped sharing before the map arrived</source>
        <translation>dators ar koplietoto karti beidza koplietošanu, pirms karte tika saņemta</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="381"/>
        <source>%1: snapshot %2 %3 (%4 stages, %5 touchpoints)</source>
        <translation>%1: momentuzņēmums %2 %3 (posmu skaits: %4, saskarsmes punktu skaits: %5)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="382"/>
        <source>%1: deleted snapshot %2 %3</source>
        <translation>%1: momentuzņēmums %2 %3 izdzēsts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="383"/>
        <source>%1: no snapshots (take one with: journeymapper snapshot FILE --label TEXT)</source>
        <translation>%1: momentuzņēmumu nav (izveidojiet to ar komandu journeymapper snapshot FILE --label TEXT)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="386"/>
        <source>%1 stages, %2 touchpoints, %3 pains</source>
        <translation>posmi: %1, saskarsmes punkti: %2, sāpju punkti: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="387"/>
        <source>by %1</source>
        <translation>autors: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="388"/>
        <source>BROKEN: %1</source>
        <translation>BOJĀTS: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="389"/>
        <source>manual</source>
        <translation>manuāli</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="390"/>
        <source>published</source>
        <translation>publicēts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="391"/>
        <source>workshop start</source>
        <translation>darbnīcas sākums</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="392"/>
        <source>workshop end</source>
        <translation>darbnīcas beigas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="393"/>
        <source>before a restore</source>
        <translation>pirms atjaunošanas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="394"/>
        <source>usage: </source>
        <translation>lietojums: </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="395"/>
        <source>positional arguments</source>
        <translation>pozicionālie argumenti</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="396"/>
        <source>options</source>
        <translation>opcijas</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="397"/>
        <source>show this help message and exit</source>
        <translation>parādīt šo palīdzību un iziet</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="398"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>arguments %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="399"/>
        <source>unrecognized arguments: %s</source>
        <translation>neatpazīti argumenti: %s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="400"/>
        <source>the following arguments are required: %s</source>
        <translation>nepieciešami argumenti: %s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="401"/>
        <source>expected one argument</source>
        <translation>gaidīta viena vērtība</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="402"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>neviennozīmīga opcija: %(option)s var nozīmēt %(matches)s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="403"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nederīga vērtība: %(value)r (izvēlieties no: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="404"/>
        <source>ignored explicit argument %r</source>
        <translation>lieka vērtība %r</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="405"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nederīga vērtība %(value)r (%(type)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="406"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nezināma komanda %(parser_name)r (iespējas: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="71"/>
        <location filename="../journeymapper/commands/error_text.py" line="138"/>
        <source>must be a whole number</source>
        <translation>jābūt veselam skaitlim</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="139"/>
        <source>does not match %1</source>
        <translation>neatbilst šablonam %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="140"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 ir mazāks par minimumu %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="141"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 ir lielāks par maksimumu %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="142"/>
        <source>has unknown fields: %1</source>
        <translation>nezināmi lauki: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="143"/>
        <source>%1 is missing</source>
        <translation>trūkst lauka %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="144"/>
        <source>text</source>
        <translation>teksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="145"/>
        <source>a whole number</source>
        <translation>vesels skaitlis</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="146"/>
        <source>a number</source>
        <translation>skaitlis</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="147"/>
        <source>true or false</source>
        <translation>true vai false</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="148"/>
        <source>an object {…}</source>
        <translation>objekts {…}</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="149"/>
        <source>a list […]</source>
        <translation>saraksts […]</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="63"/>
        <source>Export Map</source>
        <translation>Kartes eksports</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="82"/>
        <source>PDF document</source>
        <translation>PDF dokuments</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="83"/>
        <source>PNG image (the map inside)</source>
        <translation>PNG attēls (ar karti)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="84"/>
        <source>SVG drawing</source>
        <translation>SVG zīmējums</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="85"/>
        <source>Interactive web page</source>
        <translation>Interaktīva tīmekļa lapa</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="86"/>
        <source>PowerPoint deck</source>
        <translation>PowerPoint prezentācija</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="87"/>
        <source>CSV table</source>
        <translation>CSV tabula</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="88"/>
        <source>Excel workbook</source>
        <translation>Excel darbgrāmata</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="89"/>
        <source>Mermaid journey</source>
        <translation>Klienta ceļojums Mermaid formātā</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="99"/>
        <source>Slides (16:9 deck)</source>
        <translation>Slaidi (16:9)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="99"/>
        <source>Poster (one page)</source>
        <translation>Plakāts (viena lappuse)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="103"/>
        <source>Automatic (text at least 6 pt)</source>
        <translation>Automātiski (teksts vismaz 6 pt)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="105"/>
        <source>One sheet</source>
        <translation>Viena lapa</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="106"/>
        <source>Tiled on %1 sheets</source>
        <translation>Sadalīts %1 lapās</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="110"/>
        <source>No such slide</source>
        <translation>Bez šāda slaida</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="119"/>
        <source>Adds a slide after the overview that lists what changed since a snapshot.</source>
        <translation>Pēc pārskata pievieno slaidu ar izmaiņām kopš momentuzņēmuma.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="121"/>
        <source>Whole map</source>
        <translation>Visa karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="124"/>
        <source>All personas</source>
        <translation>Visas personas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Gaišs</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Print (grey-scale friendly)</source>
        <translation>Druka (der melnbaltai)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="130"/>
        <source>Projector (high contrast)</source>
        <translation>Projektors (augsts kontrasts)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="134"/>
        <source>Journey (a row per touchpoint)</source>
        <translation>Klienta ceļojums (rinda katram saskarsmes punktam)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="135"/>
        <source>Pains and opportunities, worst first</source>
        <translation>Sāpju punkti un iespējas, smagākie augšā</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="136"/>
        <source>Room ratings per stage (the crowd curve)</source>
        <translation>Telpas vērtējumi pa posmiem (telpas līkne)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="142"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="149"/>
        <source>&amp;Transparent background</source>
        <translation>&amp;Caurspīdīgs fons</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="151"/>
        <source>Include the &amp;map so the PNG reopens as a map</source>
        <translation>Iekļaut &amp;karti, lai PNG atveras kā karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="154"/>
        <source>With a saved view or persona, only what the picture shows is included.</source>
        <translation>Ja izvēlēts saglabāts skats vai persona, tiek iekļauts tikai tas, kas redzams attēlā.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="159"/>
        <source>&amp;Browse…</source>
        <translation>Pā&amp;rlūkot…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="167"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="169"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Izkārtojums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="170"/>
        <source>&amp;Page:</source>
        <translation>&amp;Lappuse:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="108"/>
        <source>A slide per lowest moment (st&amp;ory)</source>
        <translation>Slai&amp;ds katram sliktākajam brīdim (stāsts)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="171"/>
        <source>Printin&amp;g:</source>
        <translation>Dr&amp;ukāšana:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="173"/>
        <source>&amp;What changed since:</source>
        <translation>Kas mainījies kopš &amp;versijas:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="174"/>
        <source>Saved &amp;view:</source>
        <translation>Saglabātais &amp;skats:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="175"/>
        <source>Perso&amp;na:</source>
        <translation>Perso&amp;na:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="176"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Motīvs:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="177"/>
        <source>T&amp;able:</source>
        <translation>Ta&amp;bula:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="178"/>
        <source>&amp;Resolution:</source>
        <translation>Izšķir&amp;tspēja:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="179"/>
        <source>&amp;Scale:</source>
        <translation>Mēro&amp;gs:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="182"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ails:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="186"/>
        <location filename="../journeymapper/ui/export_dialog.py" line="394"/>
        <source>Rendering preview…</source>
        <translation>Sagatavo priekšskatījumu…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="207"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="298"/>
        <source>Export To</source>
        <translation>Eksportēt uz</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="322"/>
        <source>Replace file</source>
        <translation>Aizstāt failu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="323"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>Fails “%1” jau pastāv. Vai aizstāt to?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="339"/>
        <source>Vector pages with selectable text; slides make a deck.</source>
        <translation>Vektoru lappuses ar atlasāmu tekstu; slaidi veido prezentāciju.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="340"/>
        <source>A picture of the map; JourneyMapper can reopen the map from it.</source>
        <translation>Kartes attēls; JourneyMapper no tā var atkal atvērt karti.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="341"/>
        <source>A drawing with real, searchable text.</source>
        <translation>Zīmējums ar īstu, meklējamu tekstu.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="342"/>
        <source>One file that opens offline in any browser: zoom, search, persona toggles and every card&apos;s details.</source>
        <translation>Viens fails, kas atveras bez interneta jebkurā pārlūkā: mērogošana, meklēšana, personu pārslēgšana un katras kartītes visa informācija.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="346"/>
        <source>Editable slides: grouped shapes, an emotion chart, speaker notes with details.</source>
        <translation>Rediģējami slaidi: grupētas figūras, emociju diagramma, runātāja piezīmes ar sīkāku informāciju.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="349"/>
        <source>One row per touchpoint, or the pains table; drawing options do not apply.</source>
        <translation>Viena rinda katram saskarsmes punktam vai sāpju punktu tabula; zīmējuma opcijas neattiecas.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="352"/>
        <source>Journey, pains (worst first) and metrics sheets; drawing options do not apply.</source>
        <translation>Klienta ceļojuma, sāpju punktu (smagākie augšā) un rādītāju lapas; zīmējuma opcijas neattiecas.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="355"/>
        <source>Stages, touchpoints and one persona&apos;s scores; lanes and pains are left out.</source>
        <translation>Posmi, saskarsmes punkti un vienas personas vērtējumi; joslas un sāpju punkti netiek iekļauti.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="404"/>
        <source>No preview: %1</source>
        <translation>Nav priekšskatījuma: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="412"/>
        <source>Preview of the map as drawn on a poster or in a PNG.</source>
        <translation>Kartes priekšskatījums kā plakātā vai PNG attēlā.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="63"/>
        <source>unexpected error: %1</source>
        <translation>neparedzēta kļūda: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="155"/>
        <source>Exporting to %1…</source>
        <translation>Eksportē uz %1…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="170"/>
        <source>Exported to %1</source>
        <translation>Eksportēts uz %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="179"/>
        <source>The map could not be exported to “%1”:

%2

Nothing was written there; your map is unchanged.</source>
        <translation>Karti nevarēja eksportēt uz “%1”:

%2

Tur nekas netika ierakstīts; karte nav mainīta.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="186"/>
        <location filename="../journeymapper/ui/export_runner.py" line="188"/>
        <source>Export failed</source>
        <translation>Eksports neizdevās</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="199"/>
        <source>the image could not be decoded</source>
        <translation>attēlu nevarēja nolasīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="216"/>
        <source>Copied the map as an image (%1 × %2 pixels)</source>
        <translation>Karte nokopēta kā attēls (%1 × %2 pikseļi)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="223"/>
        <location filename="../journeymapper/ui/export_runner.py" line="224"/>
        <source>Copy as image failed</source>
        <translation>Neizdevās kopēt kā attēlu</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="67"/>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Klienta ceļojuma kartes (*.jmap)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="68"/>
        <source>PNG images with a map inside (*.png)</source>
        <translation>PNG attēli ar karti (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="69"/>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="103"/>
        <source>Open Map</source>
        <translation>Atvērt karti</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="122"/>
        <source>Opened %1</source>
        <translation>Atvērta karte %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Save Map As</source>
        <translation>Saglabāt karti kā</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="189"/>
        <source>Saved %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="72"/>
        <source>“%1” was deleted or moved away; Save writes it again.</source>
        <translation>Fails “%1” ir izdzēsts vai pārvietots; saglabājot tas tiks ierakstīts no jauna.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="82"/>
        <source>“%1” was changed on disk; Save will ask before overwriting it.</source>
        <translation>Fails “%1” ir mainīts diskā; pirms pārrakstīšanas tiks prasīts apstiprinājums.</translation>
    </message>
</context>
<context>
    <name>FlowForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="78"/>
        <source>From – to:</source>
        <translation>No – uz:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="80"/>
        <source>&amp;Label:</source>
        <translation>&amp;Uzraksts:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="81"/>
        <source>&amp;Percent:</source>
        <translation>&amp;Procenti:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="82"/>
        <source>Change flow kind</source>
        <translation>pārejas veida maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="83"/>
        <source>Change flow label</source>
        <translation>pārejas uzraksta maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="84"/>
        <source>Change flow percent</source>
        <translation>pārejas procentu maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="88"/>
        <source>Flow</source>
        <translation>Pāreja</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="93"/>
        <source>abandoned</source>
        <translation>atteikšanās</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="26"/>
        <source>Inspector</source>
        <translation>Īpašības</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/inspector/dock.py" line="81"/>
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>Atlasīts %n elements.</numerusform>
            <numerusform>Atlasīti %n elementi.</numerusform>
            <numerusform>Atlasīts %n elementu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="84"/>
        <source>Select a card, a stage, a lane or an arrow to see and edit its details.</source>
        <translation>Atlasiet kartīti, posmu, joslu vai bultu, lai skatītu un rediģētu tās īpašības.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="94"/>
        <source>Edit personas in the Personas panel.</source>
        <translation>Personas rediģē panelī “Personas”.</translation>
    </message>
</context>
<context>
    <name>InteropActions</name>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="99"/>
        <source>Journeys from other tools (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</source>
        <translation>Klienta ceļojumi no citiem rīkiem (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="100"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown)</source>
        <translation>Klienta ceļojumi Mermaid formātā (*.mmd *.mermaid *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="101"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tabulas (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="102"/>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="113"/>
        <source>Import Journey</source>
        <translation>Klienta ceļojuma imports</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="126"/>
        <source>Cannot import the file</source>
        <translation>Failu nevar importēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="127"/>
        <source>This file cannot be imported as a journey:</source>
        <translation>Šo failu nevar importēt kā klienta ceļojumu:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="135"/>
        <source>Imported %1</source>
        <translation>Importēts: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="143"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… un vēl %n problēma</numerusform>
            <numerusform>… un vēl %n problēmas</numerusform>
            <numerusform>… un vēl %n problēmu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="156"/>
        <source>Cannot paste the text</source>
        <translation>Tekstu nevar ielīmēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="156"/>
        <source>The pasted rows have a problem:</source>
        <translation>Ielīmētajās rindās ir kļūda:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="161"/>
        <source>Add a stage before pasting cards</source>
        <translation>Vispirms pievienojiet posmu, tad ielīmējiet kartītes</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="167"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n kartītes ielīmēšanu</numerusform>
            <numerusform>%n kartīšu ielīmēšanu</numerusform>
            <numerusform>%n kartīšu ielīmēšanu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="171"/>
        <source>Pasted %n card(s)</source>
        <translation>
            <numerusform>Ielīmēta %n kartīte</numerusform>
            <numerusform>Ielīmētas %n kartītes</numerusform>
            <numerusform>Ielīmēts %n kartīšu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="13"/>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="14"/>
        <source>Mobile app</source>
        <translation>Mobilā lietotne</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="15"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="16"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="17"/>
        <source>Store</source>
        <translation>Veikals</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="18"/>
        <source>Courier</source>
        <translation>Kurjers</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="19"/>
        <source>Social media</source>
        <translation>Sociālie tīkli</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="20"/>
        <source>Advertising</source>
        <translation>Reklāma</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="21"/>
        <source>Chat</source>
        <translation>Tērzēšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="22"/>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="28"/>
        <source>Touchpoints</source>
        <translation>Saskarsmes punkti</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="29"/>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="30"/>
        <source>Emotion curve</source>
        <translation>Emociju līkne</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="31"/>
        <source>Pain points</source>
        <translation>Sāpju punkti</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="32"/>
        <source>Opportunities</source>
        <translation>Iespējas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="33"/>
        <source>Metrics</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="39"/>
        <source>Pain point</source>
        <translation>Sāpju punkts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="40"/>
        <source>Opportunity</source>
        <translation>Iespēja</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="46"/>
        <source>not stated</source>
        <translation>nav norādīts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="47"/>
        <source>Observed</source>
        <translation>Novērojums</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="48"/>
        <source>Assumed</source>
        <translation>Pieņēmums</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="49"/>
        <source>Proposed</source>
        <translation>Priekšlikums</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="55"/>
        <source>Circle</source>
        <translation>Aplis</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="56"/>
        <source>Square</source>
        <translation>Kvadrāts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="57"/>
        <source>Triangle</source>
        <translation>Trīsstūris</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="58"/>
        <source>Diamond</source>
        <translation>Rombs</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="59"/>
        <source>Star</source>
        <translation>Zvaigzne</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="60"/>
        <source>Cross</source>
        <translation>Krustiņš</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="66"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="67"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="68"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="69"/>
        <source>Conversion</source>
        <translation>Konversija</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="70"/>
        <source>Drop-off</source>
        <translation>Atteikšanās</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="86"/>
        <source>Blank map</source>
        <translation>Tukša karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="87"/>
        <source>Online shop</source>
        <translation>Interneta veikals</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="88"/>
        <source>SaaS free trial</source>
        <translation>SaaS bezmaksas izmēģinājums</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="53"/>
        <source>&amp;Hidden on the canvas and in exports</source>
        <translation>&amp;Paslēpta audeklā un eksportā</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="54"/>
        <source>Kind:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="57"/>
        <source>Rename lane</source>
        <translation>joslas pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="58"/>
        <source>Show or hide lane</source>
        <translation>joslas rādīšanu vai paslēpšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="62"/>
        <source>Lane</source>
        <translation>Josla</translation>
    </message>
</context>
<context>
    <name>LanesEditor</name>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="46"/>
        <source>Double-click a name to rename; untick to hide a lane.</source>
        <translation>Veiciet dubultklikšķi uz nosaukuma, lai pārdēvētu; noņemiet atzīmi, lai paslēptu joslu.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="55"/>
        <source>Add lan&amp;e</source>
        <translation>&amp;Pievienot joslu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="56"/>
        <source>Move &amp;up</source>
        <translation>Au&amp;gšup</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="57"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Lejup</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="118"/>
        <source>Add lane</source>
        <translation>joslas pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="129"/>
        <source>Change lane</source>
        <translation>joslas maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="133"/>
        <source>Move lane</source>
        <translation>joslas pārvietošanu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../journeymapper/ui/main_window.py" line="159"/>
        <source>%1 – %2[*] — JourneyMapper</source>
        <translation>%1 – %2[*] — JourneyMapper</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="184"/>
        <source>%n step(s) skipped: a co-editor changed or deleted their items</source>
        <translation>
            <numerusform>Izlaists %n solis: tā elementus mainīja vai dzēsa līdzredaktors</numerusform>
            <numerusform>Izlaisti %n soļi: to elementus mainīja vai dzēsa līdzredaktors</numerusform>
            <numerusform>Izlaisti %n soļu: to elementus mainīja vai dzēsa līdzredaktors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="205"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Atlasīts: %n</numerusform>
            <numerusform>Atlasīts: %n</numerusform>
            <numerusform>Atlasīts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="213"/>
        <source>The stage “%1” holds %n card(s), note(s) or cell(s). Delete it with its content? Undo brings it back.</source>
        <translation>
            <numerusform>Posmā “%1” ir %n kartīte, piezīme vai šūna. Dzēst posmu kopā ar saturu? Šo darbību var atsaukt.</numerusform>
            <numerusform>Posmā “%1” ir %n kartītes, piezīmes vai šūnas. Dzēst posmu kopā ar saturu? Šo darbību var atsaukt.</numerusform>
            <numerusform>Posmā “%1” ir %n kartīšu, piezīmju vai šūnu. Dzēst posmu kopā ar saturu? Šo darbību var atsaukt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="220"/>
        <source>The %1 stages hold %n card(s), note(s) or cell(s). Delete them with their content? Undo brings them back.</source>
        <translation>
            <numerusform>Atlasītajos posmos (%1) ir %n kartīte, piezīme vai šūna. Dzēst posmus kopā ar saturu? Šo darbību var atsaukt.</numerusform>
            <numerusform>Atlasītajos posmos (%1) ir %n kartītes, piezīmes vai šūnas. Dzēst posmus kopā ar saturu? Šo darbību var atsaukt.</numerusform>
            <numerusform>Atlasītajos posmos (%1) ir %n kartīšu, piezīmju vai šūnu. Dzēst posmus kopā ar saturu? Šo darbību var atsaukt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/main_window.py" line="228"/>
        <source>Delete stage</source>
        <translation>Dzēst posmu</translation>
    </message>
</context>
<context>
    <name>MapSettingsDialog</name>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="34"/>
        <source>Map Settings</source>
        <translation>Kartes iestatījumi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="51"/>
        <source>The language of the map&apos;s exports and labels</source>
        <translation>Kartes eksporta un uzrakstu valoda</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="53"/>
        <source>&amp;Description:</source>
        <translation>&amp;Apraksts:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="54"/>
        <source>&amp;Author:</source>
        <translation>Au&amp;tors:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>Vi&amp;spārīgi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="58"/>
        <source>E&amp;motion scale</source>
        <translation>&amp;Emociju skala</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="60"/>
        <source>La&amp;nes</source>
        <translation>&amp;Joslas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="90"/>
        <source>Change map settings</source>
        <translation>kartes iestatījumu maiņu</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="42"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Jauna no veidnes…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="43"/>
        <source>&amp;Open…</source>
        <translation>&amp;Atvērt…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="44"/>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="45"/>
        <source>Save &amp;As…</source>
        <translation>Saglabāt &amp;kā…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="46"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importēt…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="49"/>
        <source>Copy as &amp;Image</source>
        <translation>Kopēt kā attē&amp;lu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="51"/>
        <source>&amp;Close</source>
        <translation>Aiz&amp;vērt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>I&amp;ziet</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="55"/>
        <source>&amp;Redo</source>
        <translation>Atkār&amp;tot</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="58"/>
        <source>Cu&amp;t</source>
        <translation>Iz&amp;griezt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="60"/>
        <source>&amp;Paste</source>
        <translation>Ielī&amp;mēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="61"/>
        <source>Dup&amp;licate</source>
        <translation>D&amp;ublēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="62"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="63"/>
        <source>Select &amp;All</source>
        <translation>Atlasīt &amp;visu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="64"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="66"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Tuvināt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="68"/>
        <source>Zoom &amp;Out</source>
        <translation>Tā&amp;lināt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="69"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Faktiskais izmērs</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="70"/>
        <source>&amp;Fit Map</source>
        <translation>Visa &amp;karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="72"/>
        <source>Fit &amp;Selection</source>
        <translation>&amp;Atlasītais</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="74"/>
        <source>&amp;Map Settings…</source>
        <translation>Kartes &amp;iestatījumi…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="75"/>
        <source>Add &amp;Stage</source>
        <translation>Pievienot &amp;posmu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="76"/>
        <source>Add &amp;Lane</source>
        <translation>Pievienot &amp;joslu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="78"/>
        <source>Add &amp;Persona</source>
        <translation>Pievienot pe&amp;rsonu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="81"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Ī&amp;sinājumtaustiņi…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="83"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Nesenās kartes</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="94"/>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="95"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Atsaukt %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="103"/>
        <source>Redo</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="104"/>
        <source>&amp;Redo %1</source>
        <translation>Atkār&amp;tot %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="157"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneļi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="160"/>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="165"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="169"/>
        <source>Main toolbar</source>
        <translation>Galvenā rīkjosla</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="200"/>
        <source>No recent maps</source>
        <translation>Nesenu karšu nav</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="204"/>
        <source>Clear the List</source>
        <translation>Notīrīt sarakstu</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="37"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Saglabāt izmaiņas kartē “%1” pirms aizvēršanas?</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="57"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… un vēl %n problēma</numerusform>
            <numerusform>… un vēl %n problēmas</numerusform>
            <numerusform>… un vēl %n problēmu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="60"/>
        <source>Cannot open the map</source>
        <translation>Karti nevar atvērt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="61"/>
        <source>This file cannot be opened as a journey map:</source>
        <translation>Šo failu nevar atvērt kā klienta ceļojuma karti:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="70"/>
        <source>the map holds text that is not valid Unicode</source>
        <translation>kartē ir nederīgs Unikoda teksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="75"/>
        <source>Cannot save the map</source>
        <translation>Karti nevar saglabāt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="76"/>
        <source>The map could not be saved to “%1”: %2.

Your map is still open; try Save As… to choose another folder.</source>
        <translation>Karti nevarēja saglabāt failā “%1”: %2.

Karte joprojām ir atvērta; izvēlieties citu mapi ar “Saglabāt kā…”.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="89"/>
        <location filename="../journeymapper/ui/messages.py" line="126"/>
        <source>File changed on disk</source>
        <translation>Fails mainīts diskā</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="92"/>
        <source>“%1” was deleted or moved away since you opened it.</source>
        <translation>Fails “%1” kopš tā atvēršanas ir izdzēsts vai pārvietots.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="93"/>
        <source>Save it again under this name, or choose another one?</source>
        <translation>Saglabāt to atkal ar šo nosaukumu vai izvēlēties citu?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="94"/>
        <source>Save Here</source>
        <translation>Saglabāt šeit</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="98"/>
        <source>“%1” was changed by another program or window since you opened it.</source>
        <translation>Fails “%1” kopš tā atvēršanas ir mainīts citā programmā vai logā.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="103"/>
        <source>Overwrite loses the changes made there; Reload loses your unsaved changes here; Save As keeps both.</source>
        <translation>Pārrakstot tiks zaudētas tur veiktās izmaiņas; ielādējot no jauna — jūsu nesaglabātās izmaiņas šeit; “Saglabāt kā…” saglabās abas.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="108"/>
        <source>Reload</source>
        <translation>Ielādēt no jauna</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="109"/>
        <source>Overwrite</source>
        <translation>Pārrakstīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="112"/>
        <source>Save As…</source>
        <translation>Saglabāt kā…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="127"/>
        <source>“%1” was changed by another program or window. Reload it?</source>
        <translation>Fails “%1” ir mainīts citā programmā vai logā. Ielādēt to no jauna?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="136"/>
        <source>Edit not possible</source>
        <translation>Izmaiņas nav iespējamas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="144"/>
        <source>Damaged snapshots</source>
        <translation>Bojāti momentuzņēmumi</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="145"/>
        <source>“%1” opened, but %n of its snapshots cannot be read, restored or compared. They are kept in the file as they are.</source>
        <translation>
            <numerusform>“%1” ir atvērts, bet %n tā momentuzņēmumu nevar nolasīt, atjaunot vai salīdzināt. Tas failā paliek nemainīts.</numerusform>
            <numerusform>“%1” ir atvērts, bet %n tā momentuzņēmumus nevar nolasīt, atjaunot vai salīdzināt. Tie failā paliek nemainīti.</numerusform>
            <numerusform>“%1” ir atvērts, bet %n tā momentuzņēmumu nevar nolasīt, atjaunot vai salīdzināt. Tie failā paliek nemainīti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="97"/>
        <source>Metrics</source>
        <translation>Rādītāji</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="28"/>
        <source>New Map from Template</source>
        <translation>Jauna karte no veidnes</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="39"/>
        <source>&amp;Template:</source>
        <translation>&amp;Veidne:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="45"/>
        <source>&amp;Language of the map:</source>
        <translation>Kartes va&amp;loda:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="50"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="37"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="49"/>
        <source>&amp;Add persona</source>
        <translation>&amp;Pievienot personu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="50"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="63"/>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Apraksts:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="64"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Krāsa:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="65"/>
        <source>&amp;Marker:</source>
        <translation>&amp;Marķieris:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="72"/>
        <source>Rename persona</source>
        <translation>personas pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="74"/>
        <source>Change persona description</source>
        <translation>personas apraksta maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="77"/>
        <source>Change persona colour</source>
        <translation>personas krāsas maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="80"/>
        <source>Change persona marker</source>
        <translation>personas marķiera maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="119"/>
        <source>Untick to hide this persona&apos;s curve on the canvas</source>
        <translation>Noņemiet atzīmi, lai paslēptu šīs personas līkni audeklā</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="159"/>
        <source>Add persona</source>
        <translation>personas pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="171"/>
        <source>Delete persona</source>
        <translation>personas dzēšanu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="29"/>
        <source>System language</source>
        <translation>Sistēmas valoda</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="34"/>
        <source>A new language takes effect after you restart JourneyMapper.</source>
        <translation>Jaunā valoda stāsies spēkā pēc JourneyMapper restartēšanas.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="38"/>
        <source>Interface &amp;language:</source>
        <translation>Saskarnes &amp;valoda:</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="23"/>
        <source>a map that was never saved</source>
        <translation>vēl nav saglabāts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="25"/>
        <source>JourneyMapper closed unexpectedly while “%1” had unsaved changes (from %2, autosaved at %3).

Restore the autosaved copy?</source>
        <translation>JourneyMapper negaidīti aizvērās, kad kartē “%1” bija nesaglabātas izmaiņas (fails: %2; automātiski saglabāts %3).

Atjaunot automātiski saglabāto kopiju?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="35"/>
        <source>Restore unsaved changes</source>
        <translation>Atjaunot nesaglabātās izmaiņas</translation>
    </message>
</context>
<context>
    <name>Replaces</name>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="49"/>
        <source>snapshot “%1”</source>
        <translation>momentuzņēmums “%1”</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="64"/>
        <source>Replaces</source>
        <translation>Aizstāj</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="66"/>
        <source>The as-is cards this to-be card replaces:</source>
        <translation>Kartītes “kā ir”, ko aizstāj šī kartīte “kā vajadzētu”:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="104"/>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="112"/>
        <source>nothing (a new card or an as-is card)</source>
        <translation>neko (jauna kartīte vai kartīte “kā ir”)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="120"/>
        <source>cards of earlier versions: %1</source>
        <translation>agrāko versiju kartītes: %1</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="34"/>
        <source>L&amp;owest value:</source>
        <translation>&amp;Mazākā vērtība:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="35"/>
        <source>&amp;Highest value:</source>
        <translation>Lielā&amp;kā vērtība:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Label</source>
        <translation>Uzraksts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="45"/>
        <source>&amp;Rescale existing emotion values to the new range</source>
        <translation>Pā&amp;rrēķināt esošās emociju vērtības jaunajam diapazonam</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="49"/>
        <source>Without rescaling, a range that leaves values outside it is refused.</source>
        <translation>Bez pārrēķināšanas nevar iestatīt diapazonu, ārpus kura paliek vērtības.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Add the next card in the same stage and type its name</source>
        <translation>Pievienot nākamo kartīti tajā pašā posmā un ierakstīt tās nosaukumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Go to the next / previous stage</source>
        <translation>Pāriet uz nākamo / iepriekšējo posmu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="27"/>
        <source>Rename the selected card, note or stage</source>
        <translation>Pārdēvēt atlasīto kartīti, piezīmi vai posmu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Move the selected cards</source>
        <translation>Pārvietot atlasītās kartītes</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Arrow keys</source>
        <translation>Bultiņu taustiņi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="29"/>
        <source>Choose whose emotion curve a click sets</source>
        <translation>Izvēlēties, kuras personas emociju līkni iestata klikšķis</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Add a card</source>
        <translation>Pievienot kartīti</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Double-click the Touchpoints lane</source>
        <translation>Dubultklikšķis joslā “Saskarsmes punkti”</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Set an emotion</source>
        <translation>Iestatīt emociju</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Click the Emotions lane above or below a card</source>
        <translation>Klikšķis joslā “Emocijas” virs vai zem kartītes</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Zoom around the pointer</source>
        <translation>Tālummaiņa ap rādītāju</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+peles ritenītis</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Pan</source>
        <translation>Kartes pārvietošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Space+drag, middle button, wheel</source>
        <translation>Atstarpe+vilkšana, vidējā poga, ritenītis</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Cancel a drag or an edit</source>
        <translation>Atcelt vilkšanu vai labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="86"/>
        <source>Keyboard Shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="90"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="25"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mērķis:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="26"/>
        <source>&amp;Description:</source>
        <translation>&amp;Apraksts:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="27"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Krāsa:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="28"/>
        <source>Rename stage</source>
        <translation>posma pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="29"/>
        <source>Change stage goal</source>
        <translation>posma mērķa maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="30"/>
        <source>Change stage description</source>
        <translation>posma apraksta maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="31"/>
        <source>Change stage colour</source>
        <translation>posma krāsas maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="37"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="108"/>
        <source>Timer</source>
        <translation>Taimeris</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="201"/>
        <source>Countdown</source>
        <translation>Atpakaļskaitīšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="202"/>
        <source>Stopwatch</source>
        <translation>Hronometrs</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="206"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="207"/>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="251"/>
        <source>Start</source>
        <translation>Sākt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="208"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="209"/>
        <source>Reset</source>
        <translation>Atiestatīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="210"/>
        <source>Sound at the end</source>
        <translation>Skaņa beigās</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="247"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="249"/>
        <source>Resume</source>
        <translation>Turpināt</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="25"/>
        <source>&amp;Physical (not digital)</source>
        <translation>&amp;Fizisks (nav digitāls)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="32"/>
        <source>&amp;Choose…</source>
        <translation>I&amp;zvēlēties…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="37"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="38"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanāls:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="40"/>
        <source>&amp;What happens:</source>
        <translation>Kas no&amp;tiek:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="41"/>
        <source>Customer nee&amp;d:</source>
        <translation>Klienta &amp;vajadzība:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="42"/>
        <source>&amp;Tools we use:</source>
        <translation>&amp;Mūsu rīki:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="43"/>
        <source>&amp;Owner team:</source>
        <translation>&amp;Atbildīgā komanda:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="44"/>
        <source>E&amp;vidence:</source>
        <translation>&amp;Pamatojums:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="45"/>
        <source>&amp;Image:</source>
        <translation>Attē&amp;ls:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="49"/>
        <source>Change replaced cards</source>
        <translation>aizstājamo kartīšu maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="51"/>
        <source>Replaces:</source>
        <translation>Aizstāj:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="52"/>
        <source>Rename touchpoint</source>
        <translation>saskarsmes punkta pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="53"/>
        <source>Change channel</source>
        <translation>kanāla maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="54"/>
        <source>Change physical or digital</source>
        <translation>fiziskā / digitālā maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="55"/>
        <source>Edit what happens</source>
        <translation>“kas notiek” rediģēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="56"/>
        <source>Edit customer need</source>
        <translation>klienta vajadzības rediģēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="57"/>
        <source>Edit tools</source>
        <translation>rīku rediģēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="58"/>
        <source>Change owner team</source>
        <translation>atbildīgās komandas maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="59"/>
        <source>Change evidence</source>
        <translation>pamatojuma maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="60"/>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="94"/>
        <source>Change image</source>
        <translation>attēla maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="69"/>
        <source>Touchpoint</source>
        <translation>Saskarsmes punkts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="88"/>
        <source>Choose an image</source>
        <translation>Izvēlieties attēlu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.webp);;All files (*)</source>
        <translation>Attēli (*.png *.jpg *.jpeg *.svg *.webp);;Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../journeymapper/commands/names.py" line="21"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="55"/>
        <source>Add stage %1</source>
        <translation>posma %1 pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="56"/>
        <source>Add lane %1</source>
        <translation>joslas %1 pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="57"/>
        <source>Add persona %1</source>
        <translation>personas %1 pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="58"/>
        <source>Add card %1</source>
        <translation>kartītes %1 pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="59"/>
        <source>Add flow</source>
        <translation>pārejas pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add pain point %1</source>
        <translation>sāpju punkta %1 pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add opportunity %1</source>
        <translation>iespējas %1 pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="61"/>
        <source>Add view %1</source>
        <translation>skata %1 pievienošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete items</source>
        <translation>elementu dzēšanu</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n elementa dzēšanu</numerusform>
            <numerusform>%n elementu dzēšanu</numerusform>
            <numerusform>%n elementu dzēšanu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="73"/>
        <source>Delete stage %1</source>
        <translation>posma %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="74"/>
        <source>Delete lane %1</source>
        <translation>joslas %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="75"/>
        <source>Delete persona %1</source>
        <translation>personas %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="76"/>
        <source>Delete card %1</source>
        <translation>kartītes %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="77"/>
        <source>Delete flow %1</source>
        <translation>pārejas %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="78"/>
        <source>Delete pain point %1</source>
        <translation>sāpju punkta %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="79"/>
        <source>Delete opportunity %1</source>
        <translation>iespējas %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="80"/>
        <source>Delete view %1</source>
        <translation>skata %1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="82"/>
        <source>Delete %1</source>
        <translation>%1 dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="90"/>
        <source>Rename stage %1</source>
        <translation>posma %1 pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="91"/>
        <source>Rename lane %1</source>
        <translation>joslas %1 pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="92"/>
        <source>Rename persona %1</source>
        <translation>personas %1 pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="93"/>
        <source>Rename card %1</source>
        <translation>kartītes %1 pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="94"/>
        <source>Rename view %1</source>
        <translation>skata %1 pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="98"/>
        <source>Edit pain point text %1</source>
        <translation>sāpju punkta %1 teksta labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="99"/>
        <source>Edit opportunity text %1</source>
        <translation>iespējas %1 teksta labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="103"/>
        <source>Edit stage %1</source>
        <translation>posma %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="104"/>
        <source>Edit lane %1</source>
        <translation>joslas %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="105"/>
        <source>Edit persona %1</source>
        <translation>personas %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="106"/>
        <source>Edit card %1</source>
        <translation>kartītes %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="107"/>
        <source>Edit flow %1</source>
        <translation>pārejas %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="108"/>
        <source>Edit pain point %1</source>
        <translation>sāpju punkta %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="109"/>
        <source>Edit opportunity %1</source>
        <translation>iespējas %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="110"/>
        <source>Edit view %1</source>
        <translation>skata %1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="112"/>
        <source>Edit %1</source>
        <translation>%1 labošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="124"/>
        <source>Move stage %1</source>
        <translation>posma %1 pārvietošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="125"/>
        <source>Move lane %1</source>
        <translation>joslas %1 pārvietošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="126"/>
        <source>Move persona %1</source>
        <translation>personas %1 pārvietošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="127"/>
        <source>Move view %1</source>
        <translation>skata %1 pārvietošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="129"/>
        <source>Move %1</source>
        <translation>%1 pārvietošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/entities.py" line="197"/>
        <source>Move card</source>
        <translation>kartītes pārvietošanu</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/entities.py" line="199"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n kartītes pārvietošanu</numerusform>
            <numerusform>%n kartīšu pārvietošanu</numerusform>
            <numerusform>%n kartīšu pārvietošanu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste_fragment.py" line="43"/>
        <source>Paste</source>
        <translation>ielīmēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="20"/>
        <source>Edit %1 at %2</source>
        <translation>šūnas %1 labošanu posmā %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="55"/>
        <source>Set emotion of %1 at %2</source>
        <translation>emocijas (%1) maiņu punktā %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="87"/>
        <source>Set a metric of %1</source>
        <translation>%1 rādītāja maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Lock the map</source>
        <translation>kartes bloķēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Unlock the map</source>
        <translation>kartes atbloķēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="136"/>
        <source>Rename map</source>
        <translation>kartes pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="137"/>
        <source>Change map description</source>
        <translation>kartes apraksta maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="138"/>
        <source>Change map language</source>
        <translation>kartes valodas maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="139"/>
        <source>Change map author</source>
        <translation>kartes autora maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="141"/>
        <source>Change map setting</source>
        <translation>kartes iestatījuma maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="161"/>
        <source>Change emotion scale</source>
        <translation>emociju skalas maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="21"/>
        <source>Start voting round</source>
        <translation>balsošanas sākšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="21"/>
        <source>Clear voting round</source>
        <translation>balsošanas notīrīšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="77"/>
        <source>Reveal votes</source>
        <translation>balsu atklāšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="79"/>
        <source>End voting round</source>
        <translation>balsošanas beigšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="80"/>
        <source>Change voting round</source>
        <translation>balsošanas maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste_rows.py" line="86"/>
        <source>Paste text</source>
        <translation>teksta ielīmēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/restore.py" line="20"/>
        <source>Restore snapshot</source>
        <translation>momentuzņēmuma atjaunošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="14"/>
        <source>Room ratings</source>
        <translation>telpas vērtējumus</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="42"/>
        <source>Clear room ratings</source>
        <translation>telpas vērtējumu notīrīšanu</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="44"/>
        <source>Compare: %1 → %2</source>
        <translation>Salīdzinājums: %1 → %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="63"/>
        <source>Save Picture…</source>
        <translation>Saglabāt attēlu…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="71"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;PNG attēls (*.png);;SVG zīmējums (*.svg);;Tīmekļa lapa (*.html)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="73"/>
        <source>Save Picture</source>
        <translation>Saglabāt attēlu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="55"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="61"/>
        <source>&amp;Take Snapshot…</source>
        <translation>Izveidot &amp;momentuzņēmumu…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="63"/>
        <source>Co&amp;mpare with…</source>
        <translation>Salī&amp;dzināt ar…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="65"/>
        <source>Compare As-Is with &amp;To-Be</source>
        <translation>Salīdzināt “kā &amp;ir” ar “kā vajadzētu”</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="181"/>
        <source>Delete snapshot</source>
        <translation>Dzēst momentuzņēmumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="182"/>
        <source>Delete the snapshot “%1” from the map&apos;s history? Edit ▸ Undo brings it back; once the map is saved, it is gone from the file.</source>
        <translation>Dzēst momentuzņēmumu “%1” no kartes vēstures? “Rediģēt ▸ Atsaukt” to atgriež; kad karte ir saglabāta, tā failā vairs nav.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="189"/>
        <source>Delete snapshot “%1”</source>
        <translation>momentuzņēmuma “%1” dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="191"/>
        <source>Snapshot deleted: %1</source>
        <translation>Momentuzņēmums izdzēsts: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="119"/>
        <source>Snapshot taken: %1</source>
        <translation>Momentuzņēmums izveidots: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="151"/>
        <source>Restore snapshot</source>
        <translation>Atjaunot momentuzņēmumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="152"/>
        <source>Restore the map as it was at “%1”? The current map is kept as a snapshot first, and Edit ▸ Undo brings it back.</source>
        <translation>Atjaunot karti stāvoklī “%1”? Vispirms pašreizējā karte tiek saglabāta kā momentuzņēmums, un “Rediģēt ▸ Atsaukt” to atgriež.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="167"/>
        <source>Restore “%1”</source>
        <translation>“%1” atjaunošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="206"/>
        <source>Compare with</source>
        <translation>Salīdzināt ar</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="207"/>
        <source>Journey maps (*.jmap);;PNG images with a map inside (*.png)</source>
        <translation>Klienta ceļojuma kartes (*.jmap);;PNG attēli ar karti (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="36"/>
        <source>Manual</source>
        <translation>Manuāli</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="37"/>
        <source>Published</source>
        <translation>Publicēts</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="38"/>
        <source>Workshop start</source>
        <translation>Darbnīcas sākums</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="39"/>
        <source>Workshop end</source>
        <translation>Darbnīcas beigas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="40"/>
        <source>Before a restore</source>
        <translation>Pirms atjaunošanas</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="61"/>
        <source>%1 stages, %2 cards, %3 pains</source>
        <translation>posmi: %1, kartītes: %2, sāpju punkti: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="73"/>
        <source>Take Snapshot</source>
        <translation>Izveidot momentuzņēmumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="75"/>
        <source>Label (for example “post-workshop baseline”):</source>
        <translation>Nosaukums (piemēram, “bāze pēc darbnīcas”):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="79"/>
        <source>This is the version shared with stakeholders</source>
        <translation>Šī versija ir nodota ieinteresētajām pusēm</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Label</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Contents</source>
        <translation>Saturs</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>By</source>
        <translation>Autors</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="116"/>
        <source>No snapshots yet. File ▸ Take Snapshot… keeps this version.</source>
        <translation>Momentuzņēmumu vēl nav. “Fails ▸ Izveidot momentuzņēmumu…” saglabās šo versiju.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="120"/>
        <source>Take Snapshot…</source>
        <translation>Izveidot momentuzņēmumu…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="121"/>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="122"/>
        <source>Compare with Current</source>
        <translation>Salīdzināt ar pašreizējo</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="123"/>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="124"/>
        <source>Delete the chosen snapshot from the map&apos;s history (Del)</source>
        <translation>Dzēst izvēlēto momentuzņēmumu no kartes vēstures (Del)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="160"/>
        <source>Damaged: %1</source>
        <translation>Bojāts: %1</translation>
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="126"/>
        <source>Delete stage</source>
        <translation>Dzēst posmu</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="161"/>
        <source>Emotions: drawing the to-be curve of %1</source>
        <translation>Emocijas: tiek zīmēta personas %1 līkne “kā vajadzētu”</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="163"/>
        <source>Emotions: drawing the as-is curve of %1</source>
        <translation>Emocijas: tiek zīmēta personas %1 līkne “kā ir”</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="317"/>
        <source>Add a stage before pasting cards</source>
        <translation>Vispirms pievienojiet posmu, tad ielīmējiet kartītes</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="21"/>
        <source>Main path</source>
        <translation>Galvenais ceļš</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="22"/>
        <source>Alternate path</source>
        <translation>Alternatīvais ceļš</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="23"/>
        <source>Shortcut</source>
        <translation>Īsceļš</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="24"/>
        <source>Going back</source>
        <translation>Atgriešanās</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="25"/>
        <source>Exit (abandon)</source>
        <translation>Aiziešana (atteikšanās)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="38"/>
        <source>Change flow kind</source>
        <translation>pārejas veida maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="42"/>
        <source>Delete flow</source>
        <translation>Dzēst pāreju</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="59"/>
        <source>Rename</source>
        <translation>Pārdēvēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="60"/>
        <source>Add card after</source>
        <translation>Pievienot kartīti aiz šīs</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="63"/>
        <source>Add pain point</source>
        <translation>Pievienot sāpju punktu</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="66"/>
        <source>Add opportunity</source>
        <translation>Pievienot iespēju</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="69"/>
        <source>Add exit (abandon here)</source>
        <translation>Pievienot aiziešanu (atteikšanās šeit)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="81"/>
        <location filename="../journeymapper/scene/context_menus.py" line="161"/>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="90"/>
        <source>Emotion</source>
        <translation>Emocija</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="97"/>
        <source>To be</source>
        <translation>Kā vajadzētu</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="97"/>
        <source>As is</source>
        <translation>Kā ir</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="115"/>
        <source>Rename stage</source>
        <translation>Pārdēvēt posmu</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="116"/>
        <source>Add stage before</source>
        <translation>Pievienot posmu pirms šī</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="119"/>
        <source>Add stage after</source>
        <translation>Pievienot posmu aiz šī</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="122"/>
        <location filename="../journeymapper/scene/context_menus.py" line="132"/>
        <source>Add card</source>
        <translation>Pievienot kartīti</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="158"/>
        <source>Edit text</source>
        <translation>Rediģēt tekstu</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="165"/>
        <source>Add stage</source>
        <translation>Pievienot posmu</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/actions.py" line="42"/>
        <source>The map structure is locked: stages, lanes and card positions stay put (Ctrl+L unlocks)</source>
        <translation>Kartes struktūra ir bloķēta: posmi, joslas un kartīšu novietojums nemainās (Ctrl+L atbloķē)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/actions.py" line="124"/>
        <location filename="../journeymapper/scene/actions.py" line="151"/>
        <source>Not changed: it was deleted meanwhile by a co-editor</source>
        <translation>Nav mainīts: līdzredaktors to pa to laiku izdzēsa</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="31"/>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>&amp;Lock Structure</source>
        <translation>B&amp;loķēt struktūru</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="35"/>
        <source>Lock stages, lanes and card positions; cards, notes and votes can still be added</source>
        <translation>Bloķēt posmus, joslas un kartīšu novietojumu; kartītes, piezīmes un balsis joprojām var pievienot</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="47"/>
        <source>Locked</source>
        <translation>Bloķēts</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="55"/>
        <source>The map structure is locked (Ctrl+L unlocks it)</source>
        <translation>Kartes struktūra ir bloķēta (Ctrl+L to atbloķē)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>Un&amp;lock Structure</source>
        <translation>&amp;Atbloķēt struktūru</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="98"/>
        <source>The map structure is locked: unlock it (Ctrl+L) to %1</source>
        <translation>Kartes struktūra ir bloķēta: atbloķējiet to (Ctrl+L), lai %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="100"/>
        <source>add stages</source>
        <translation>pievienotu posmus</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="101"/>
        <source>add lanes</source>
        <translation>pievienotu joslas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="84"/>
        <source>Who said it (optional)</source>
        <translation>Kurš to teica (nav obligāti)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="86"/>
        <source>Type a card and press Enter</source>
        <translation>Ierakstiet kartītes tekstu un nospiediet Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="90"/>
        <source>Enter adds the card · Shift+Enter new line · Tab / Shift+Tab next or previous stage · Ctrl+Up/Down who said it · Esc ends</source>
        <translation>Enter pievieno kartīti · Shift+Enter jauna rinda · Tab / Shift+Tab nākamais vai iepriekšējais posms · Ctrl+Augšup/Lejup kurš teica · Esc beidz</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="99"/>
        <source>&amp;Author:</source>
        <translation>Au&amp;tors:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="210"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Posms %1 no %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="213"/>
        <source>No stage to add cards to</source>
        <translation>Nav posma, kam pievienot kartītes</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/quick_capture.py" line="214"/>
        <source>%n card(s) added</source>
        <translation>
            <numerusform>Pievienota %n kartīte</numerusform>
            <numerusform>Pievienotas %n kartītes</numerusform>
            <numerusform>Pievienots %n kartīšu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="41"/>
        <source>Saved views</source>
        <translation>Saglabātie skati</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="43"/>
        <source>Save what the canvas shows now as a view</source>
        <translation>Saglabāt audekla pašreizējo saturu kā skatu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="44"/>
        <source>Re&amp;name</source>
        <translation>Pārdē&amp;vēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="45"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="46"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Rādīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="47"/>
        <source>Show this view on the canvas</source>
        <translation>Rādīt šo skatu audeklā</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="48"/>
        <source>Show A&amp;ll</source>
        <translation>Rādīt vis&amp;u</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="53"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="54"/>
        <source>Lanes</source>
        <translation>Joslas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="55"/>
        <source>Stages</source>
        <translation>Posmi</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="107"/>
        <source>View %1</source>
        <translation>Skats %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="124"/>
        <source>Rename view</source>
        <translation>skata pārdēvēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="132"/>
        <source>Delete view</source>
        <translation>skata dzēšanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="140"/>
        <source>Change view</source>
        <translation>skata maiņu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="220"/>
        <source>The canvas shows the whole map.</source>
        <translation>Audeklā redzama visa karte.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="223"/>
        <source>The canvas shows the view “%1”.</source>
        <translation>Audeklā redzams skats “%1”.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/vote_canvas.py" line="86"/>
        <source>Choose who is voting first</source>
        <translation>Vispirms izvēlieties, kurš balso</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="25"/>
        <source>Pain points</source>
        <translation>Sāpju punkti</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="26"/>
        <source>Opportunities</source>
        <translation>Iespējas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="27"/>
        <source>Touchpoints</source>
        <translation>Saskarsmes punkti</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="38"/>
        <source>Start a voting round</source>
        <translation>Sākt balsošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="40"/>
        <source>One name per line</source>
        <translation>Viens vārds katrā rindā</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="52"/>
        <source>Hide the votes until they are revealed</source>
        <translation>Slēpt balsis līdz atklāšanai</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="56"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Dalībnieki:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="37"/>
        <source>Collect notes</source>
        <translation>Piezīmju vākšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="38"/>
        <source>Vote</source>
        <translation>Balsošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="39"/>
        <source>Rate the stages</source>
        <translation>Posmu vērtēšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="40"/>
        <source>Everything at once</source>
        <translation>Viss uzreiz</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="41"/>
        <source>Paused</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="69"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="79"/>
        <source>&amp;Lock the room to new people</source>
        <translation>&amp;Neielaist jaunus dalībniekus</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="84"/>
        <source>Address:</source>
        <translation>Adrese:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="97"/>
        <source>What people can do</source>
        <translation>Ko var dalībnieki</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="102"/>
        <source>Open stages</source>
        <translation>Atvērtie posmi</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="104"/>
        <source>Notes may also be pain points and opportunities</source>
        <translation>Piezīmes var būt arī sāpju punkti un iespējas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="105"/>
        <source>Show results on the phones</source>
        <translation>Rādīt rezultātus tālruņos</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="111"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="48"/>
        <source>no limit</source>
        <translation>bez ierobežojuma</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="113"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Fāze:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="114"/>
        <source>Open stages:</source>
        <translation>Atvērtie posmi:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="117"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="57"/>
        <source>&amp;Dots each:</source>
        <translation>&amp;Punkti katram:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="118"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="58"/>
        <source>Dots per &amp;item at most:</source>
        <translation>Punktu &amp;vienumam ne vairāk kā:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="119"/>
        <source>Clear the Room&apos;s &amp;Ratings</source>
        <translation>Notīrīt telpas vē&amp;rtējumus</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="120"/>
        <source>Start the crowd emotion curve afresh (can be undone)</source>
        <translation>Sākt telpas emociju līkni no jauna (var atsaukt)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="135"/>
        <source>Moderation</source>
        <translation>Moderēšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="136"/>
        <source>Notes wait for &amp;approval</source>
        <translation>Piezīmes gaida apstiprinā&amp;jumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="138"/>
        <source>Notes waiting for approval</source>
        <translation>Piezīmes, kas gaida apstiprinājumu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="140"/>
        <source>Appro&amp;ve</source>
        <translation>Apstiprinā&amp;t</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="141"/>
        <source>Re&amp;ject</source>
        <translation>N&amp;oraidīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="146"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="143"/>
        <source>Notes from the room</source>
        <translation>Piezīmes no telpas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="145"/>
        <source>&amp;Hide from Phones</source>
        <translation>Pa&amp;slēpt no tālruņiem</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="154"/>
        <source>Notes from the room:</source>
        <translation>Piezīmes no telpas:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="181"/>
        <source>The room cannot listen on %1: %2</source>
        <translation>Telpa nevar gaidīt savienojumus adresē %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="228"/>
        <source>Delete note from the room</source>
        <translation>Dzēst piezīmi no telpas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="249"/>
        <source>&amp;Close Room</source>
        <translation>&amp;Slēgt telpu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="249"/>
        <source>&amp;Open Room</source>
        <translation>&amp;Atvērt telpu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="261"/>
        <source>The room is closed. Opening it lets people on this network join from their phones.</source>
        <translation>Telpa ir slēgta. Kad tā ir atvērta, dalībnieki šajā tīklā var pievienoties no saviem tālruņiem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_panel.py" line="265"/>
        <source>Open at %1 · code %2 · %n joined</source>
        <translation>
            <numerusform>Atvērta adresē %1 · kods %2 · pievienojies %n dalībnieks</numerusform>
            <numerusform>Atvērta adresē %1 · kods %2 · pievienojušies %n dalībnieki</numerusform>
            <numerusform>Atvērta adresē %1 · kods %2 · pievienojies %n dalībnieku</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="268"/>
        <source>Link for a second screen that only watches: %1</source>
        <translation>Saite otram ekrānam, kas tikai rāda: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="62"/>
        <source>Vote on:</source>
        <translation>Balsošanas objekts:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="44"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="45"/>
        <location filename="../journeymapper/workshop/voting_dock.py" line="47"/>
        <source>Ranking</source>
        <translation>Reitings</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="49"/>
        <source>&amp;Start…</source>
        <translation>&amp;Sākt…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="50"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Atklāt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="51"/>
        <source>&amp;End</source>
        <translation>&amp;Beigt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="52"/>
        <source>C&amp;lear</source>
        <translation>&amp;Notīrīt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="57"/>
        <source>Click a card to give it a dot; Shift+click or right-click takes it back. Alt+Left/Right or Alt+1…9 switch who is voting.</source>
        <translation>Klikšķis uz kartītes piešķir punktu; Shift+klikšķis vai labā poga to noņem. Alt+Pa kreisi/Pa labi vai Alt+1…9 maina balsotāju.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="167"/>
        <source>No voting round. Start one to let the room vote with dots.</source>
        <translation>Balsošana nenotiek. Sāciet to, lai dalībnieki balsotu ar punktiem.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="170"/>
        <source>Voting on: %1</source>
        <translation>Balsošanas objekts: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="170"/>
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n punkts katram</numerusform>
            <numerusform>%n punkti katram</numerusform>
            <numerusform>%n punktu katram</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="171"/>
        <source>votes hidden</source>
        <translation>balsis paslēptas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="171"/>
        <source>votes shown</source>
        <translation>balsis redzamas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="173"/>
        <source>round ended</source>
        <translation>balsošana beigusies</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="191"/>
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>atlicis %n punkts</numerusform>
            <numerusform>atlikuši %n punkti</numerusform>
            <numerusform>atlicis %n punktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="219"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n punkts</numerusform>
            <numerusform>%n punkti</numerusform>
            <numerusform>%n punktu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="25"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="38"/>
        <source>Drop-off along the main path</source>
        <translation>Atteikšanās galvenajā ceļā</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="60"/>
        <source>(−%1%)</source>
        <translation>(−%1%)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="54"/>
        <source>Voting</source>
        <translation>Balsošana</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="55"/>
        <source>Saved Views</source>
        <translation>Saglabātie skati</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="56"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="37"/>
        <source>Insights</source>
        <translation>Atziņas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="57"/>
        <source>Quick Capture</source>
        <translation>Ātrā ievade</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="58"/>
        <source>Timer</source>
        <translation>Taimeris</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="59"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="67"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="181"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="131"/>
        <source>Time is up</source>
        <translation>Laiks ir beidzies</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="135"/>
        <source>&amp;Present</source>
        <translation>&amp;Prezentēt</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="137"/>
        <source>Start &amp;Voting…</source>
        <translation>Sākt &amp;balsošanu…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="138"/>
        <source>&amp;Reveal Votes</source>
        <translation>&amp;Atklāt balsis</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="139"/>
        <source>&amp;End Voting Round</source>
        <translation>Bei&amp;gt balsošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="140"/>
        <source>&amp;Clear Voting Round</source>
        <translation>N&amp;otīrīt balsošanu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="142"/>
        <source>&amp;Next Participant</source>
        <translation>&amp;Nākamais dalībnieks</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="145"/>
        <source>Prev&amp;ious Participant</source>
        <translation>&amp;Iepriekšējais dalībnieks</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="149"/>
        <source>Participant %1</source>
        <translation>Dalībnieks %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="156"/>
        <source>&amp;Quick Capture</source>
        <translation>Ātrā ie&amp;vade</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="159"/>
        <source>Start/Pa&amp;use Timer</source>
        <translation>Sākt/apturēt &amp;taimeri</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="161"/>
        <source>&amp;Add a Minute</source>
        <translation>Pievienot &amp;minūti</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="162"/>
        <source>&amp;Open or Close Room</source>
        <translation>&amp;Atvērt vai slēgt telpu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="163"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="75"/>
        <source>Show &amp;QR Code</source>
        <translation>Rādīt &amp;QR kodu</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="166"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Darbnīca</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="175"/>
        <source>Roo&amp;m</source>
        <translation>T&amp;elpa</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="72"/>
        <source>Dead ends</source>
        <translation>Strupceļi</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="73"/>
        <source>Unreachable touchpoints</source>
        <translation>Nesasniedzami saskarsmes punkti</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="93"/>
        <source>None</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="106"/>
        <source>Worst pain points</source>
        <translation>Smagākie sāpju punkti</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/insights_dock.py" line="109"/>
        <source>severity %1, %n vote(s)</source>
        <translation>
            <numerusform>svarīgums %1, %n balss</numerusform>
            <numerusform>svarīgums %1, %n balsis</numerusform>
            <numerusform>svarīgums %1, %n balsu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="115"/>
        <source>Lowest moments</source>
        <translation>Sliktākie brīži</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="131"/>
        <source>Gap between as-is and to-be</source>
        <translation>Atšķirība starp “kā ir” un “kā vajadzētu”</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/presentation.py" line="143"/>
        <source>%1 — presentation</source>
        <translation>%1 — prezentācija</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/ranking_overlay.py" line="72"/>
        <source>Votes</source>
        <translation>Balsis</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_link.py" line="221"/>
        <source>Note from the room</source>
        <translation>Piezīme no telpas</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="33"/>
        <source>QR code to join the room</source>
        <translation>QR kods, lai pievienotos telpai</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="65"/>
        <source>Join the room</source>
        <translation>Pievienojieties telpai</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="68"/>
        <source>Scan to join</source>
        <translation>Noskenējiet, lai pievienotos</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="81"/>
        <source>Room code</source>
        <translation>Telpas kods</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="93"/>
        <source>Code: %1</source>
        <translation>Kods: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="94"/>
        <source>or open %1 and type the code</source>
        <translation>vai atveriet %1 un ievadiet kodu</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_qr.py" line="95"/>
        <source>%n joined</source>
        <translation>
            <numerusform>Pievienojies %n dalībnieks</numerusform>
            <numerusform>Pievienojušies %n dalībnieki</numerusform>
            <numerusform>Pievienojies %n dalībnieku</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="37"/>
        <source>The host stopped sharing this map.</source>
        <translation>Dators ar koplietoto karti beidza šīs kartes koplietošanu.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="39"/>
        <source>The host already has as many co-editors as it takes.</source>
        <translation>Dators ar koplietoto karti jau ir pieņēmis lielāko iespējamo līdzredaktoru skaitu.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="41"/>
        <source>Too many wrong codes from this desktop: wait a minute and try again.</source>
        <translation>No šī datora ievadīts pārāk daudz nepareizu kodu: uzgaidiet minūti un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="42"/>
        <source>The host did not accept the pairing code. Check it against the host&apos;s screen (a new code is made each time sharing starts).</source>
        <translation>Dators ar koplietoto karti nepieņēma savienošanas kodu. Salīdziniet to ar šī datora ekrānā redzamo (katru reizi, kad sāk koplietošanu, tiek izveidots jauns kods).</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="64"/>
        <source>&amp;Share for Co-editing…</source>
        <translation>&amp;Koplietot rediģēšanai…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="66"/>
        <source>&amp;Join a Shared Map…</source>
        <translation>Pievienoties koplietotai ka&amp;rtei…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="86"/>
        <source>The pairing code is not shown while a presentation or the room&apos;s QR window is open.</source>
        <translation>Savienošanas kods netiek rādīts, kamēr notiek prezentācija vai ir atvērts telpas QR koda logs.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="114"/>
        <source>Sharing cannot listen on %1: %2</source>
        <translation>Koplietošana nevar gaidīt savienojumus adresē %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="187"/>
        <source>No answer from %1. Check the address, and that the host still shares the map on this network.</source>
        <translation>%1 neatbild. Pārbaudiet adresi un to, vai dators ar koplietoto karti joprojām to koplieto šajā tīklā.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="218"/>
        <source>Sharing ended: another map is open in this window.</source>
        <translation>Koplietošana beigusies: šajā logā atvērta cita karte.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="219"/>
        <source>You left the shared map.</source>
        <translation>Jūs atvienojāties no koplietotās kartes.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="251"/>
        <source>Back in touch with the host: changes merged.</source>
        <translation>Savienojums ar koplietotās kartes datoru ir atjaunots: izmaiņas apvienotas.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="256"/>
        <source>Co-editing</source>
        <translation>Kopīga rediģēšana</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="259"/>
        <source>The map stays open here as a local copy: use Save As to keep it.</source>
        <translation>Karte paliek atvērta šeit kā lokāla kopija: lai to saglabātu, izvēlieties “Saglabāt kā…”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/coedit_control.py" line="268"/>
        <source>Shared · %n co-editor(s)</source>
        <translation>
            <numerusform>Koplietota · līdzredaktori: %n</numerusform>
            <numerusform>Koplietota · līdzredaktori: %n</numerusform>
            <numerusform>Koplietota · līdzredaktori: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="270"/>
        <source>Connection to %1 lost: keep editing, your changes merge when it is back</source>
        <translation>Savienojums ar %1 ir zudis: turpiniet darbu, izmaiņas tiks apvienotas, kad tas atjaunosies</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="273"/>
        <location filename="../journeymapper/workshop/join_dialog.py" line="112"/>
        <source>Connecting to %1…</source>
        <translation>Savienojas ar %1…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="274"/>
        <source>Co-editing with %1</source>
        <translation>Kopīga rediģēšana ar %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="35"/>
        <source>Paste the link from the host&apos;s screen, or type its address.</source>
        <translation>Ielīmējiet saiti no koplietotās kartes datora ekrāna vai ierakstiet tā adresi.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="44"/>
        <source>This is not a co-editing link. It looks like http://192.168.1.5:8471/coedit#code.</source>
        <translation>Šī nav kopīgas rediģēšanas saite. Tā izskatās šādi: http://192.168.1.5:8471/coedit#kods.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="47"/>
        <source>The address needs the host&apos;s number and port, like 192.168.1.5:8471.</source>
        <translation>Adresē vajag koplietotās kartes datora IP adresi un portu, piemēram, 192.168.1.5:8471.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="51"/>
        <source>Type the pairing code shown on the host&apos;s screen.</source>
        <translation>Ierakstiet savienošanas kodu, kas redzams koplietotās kartes datora ekrānā.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="53"/>
        <source>The pairing code is incomplete: check it against the host&apos;s screen.</source>
        <translation>Savienošanas kods nav pilnīgs: salīdziniet to ar koplietotās kartes datora ekrānu.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="58"/>
        <source>The address must be the host&apos;s IP address, like 192.168.1.5:8471.</source>
        <translation>Adresei jābūt koplietotās kartes datora IP adresei, piemēram, 192.168.1.5:8471.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="71"/>
        <source>Join a Shared Map</source>
        <translation>Pievienošanās koplietotai kartei</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="73"/>
        <source>Paste the link shown by Share for Co-editing on the host&apos;s screen, or type the host&apos;s address and the pairing code. The shared map opens in a new window.</source>
        <translation>Ielīmējiet saiti, ko koplietotās kartes datorā rāda logs “Koplietot rediģēšanai”, vai ierakstiet tā adresi un savienošanas kodu. Koplietotā karte atvērsies jaunā logā.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="82"/>
        <source>not needed when the link has it</source>
        <translation>nav vajadzīgs, ja tas ir saitē</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="83"/>
        <source>&amp;Link or address:</source>
        <translation>&amp;Saite vai adrese:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="85"/>
        <source>Pairing &amp;code:</source>
        <translation>Savienošanas &amp;kods:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="93"/>
        <source>&amp;Join</source>
        <translation>&amp;Pievienoties</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="51"/>
        <source>Share for Co-editing</source>
        <translation>Koplietot rediģēšanai</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="55"/>
        <source>Co-facilitators on this network can edit this map with you, live. Give them the link, or the address and the pairing code. Keep this window off the projector: whoever has the code can edit the map.</source>
        <translation>Līdzvadītāji šajā tīklā var rediģēt šo karti kopā ar jums reāllaikā. Iedodiet viņiem saiti vai adresi un savienošanas kodu. Nerādiet šo logu projektorā: ikviens, kam ir kods, var mainīt karti.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="66"/>
        <source>Port</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="71"/>
        <source>&amp;Network address:</source>
        <translation>&amp;Tīkla adrese:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="75"/>
        <source>QR code of the co-editing link</source>
        <translation>Kopīgas rediģēšanas saites QR kods</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="79"/>
        <source>Co-editing link</source>
        <translation>Kopīgas rediģēšanas saite</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="80"/>
        <source>Copy &amp;Link</source>
        <translation>Kopēt &amp;saiti</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="85"/>
        <source>Pairing code:</source>
        <translation>Savienošanas kods:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="88"/>
        <source>Pairing code</source>
        <translation>Savienošanas kods</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="152"/>
        <source>S&amp;top Sharing</source>
        <translation>&amp;Beigt koplietot</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="152"/>
        <source>&amp;Start Sharing</source>
        <translation>&amp;Koplietot</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="159"/>
        <source>Not shared. Start sharing to get a link and a code.</source>
        <translation>Karte netiek koplietota. Sāciet koplietošanu, lai saņemtu saiti un kodu.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="170"/>
        <source>Address for joining: %1</source>
        <translation>Adrese pievienošanai: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/share_dialog.py" line="172"/>
        <source>%n co-editor(s) connected</source>
        <translation>
            <numerusform>Pievienoti līdzredaktori: %n</numerusform>
            <numerusform>Pievienoti līdzredaktori: %n</numerusform>
            <numerusform>Pievienoti līdzredaktori: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
