<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AnnotationForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="119"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="120"/>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="121"/>
        <source>&amp;Severity (1–5):</source>
        <translation>&amp;Важность (1–5):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="122"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="123"/>
        <source>&amp;Evidence:</source>
        <translation>Обо&amp;снование:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="124"/>
        <source>&amp;Votes:</source>
        <translation>&amp;Голоса:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="125"/>
        <source>Change annotation kind</source>
        <translation>смену типа заметки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="127"/>
        <source>Change severity</source>
        <translation>изменение важности</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="128"/>
        <source>Change owner</source>
        <translation>смену ответственного</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="129"/>
        <source>Change evidence</source>
        <translation>изменение обоснования</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="130"/>
        <source>Change votes</source>
        <translation>изменение голосов</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="146"/>
        <source>← Back to “%1”</source>
        <translation>← Назад к «%1»</translation>
    </message>
</context>
<context>
    <name>AnnotationsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="33"/>
        <source>Pain points and opportunities</source>
        <translation>Болевые точки и возможности</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="42"/>
        <source>&amp;Add pain point</source>
        <translation>Добавить болевую &amp;точку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="43"/>
        <source>Add oppo&amp;rtunity</source>
        <translation>Добавить воз&amp;можность</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="48"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="49"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="66"/>
        <source>%1 · severity %2: %3</source>
        <translation>%1 · важность %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="100"/>
        <source>Delete annotation</source>
        <translation>удаление заметки</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../journeymapper/ui/autosave.py" line="64"/>
        <source>Autosave failed: %1</source>
        <translation>Автосохранение не удалось: %1</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="194"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="198"/>
        <source>Choose a colour</source>
        <translation>Выберите цвет</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="78"/>
        <source>Something went wrong inside JourneyMapper: %1

Your map is still open and can be saved.</source>
        <translation>В JourneyMapper произошла ошибка: %1

Карта по-прежнему открыта, её можно сохранить.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="84"/>
        <source>The details are in %1</source>
        <translation>Подробности — в файле %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="87"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../journeymapper/ui/document.py" line="82"/>
        <source>shared from %1</source>
        <translation>общая карта на %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/document.py" line="86"/>
        <source>unsaved</source>
        <translation>не сохранена</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../journeymapper/ui/edit_actions.py" line="87"/>
        <source>Add lane</source>
        <translation>добавление дорожки</translation>
    </message>
</context>
<context>
    <name>EmotionsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="22"/>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="54"/>
        <source>Add a persona to record emotions.</source>
        <translation>Добавьте персону, чтобы отмечать эмоции.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="56"/>
        <source>As is</source>
        <translation>Как есть</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="57"/>
        <source>To be</source>
        <translation>Как должно быть</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="69"/>
        <source>From %1 to %2; the dash means no value</source>
        <translation>От %1 до %2; прочерк — нет значения</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="16"/>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1: допустимые значения — %2, а не %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="17"/>
        <source>the id %1 is already used in this map</source>
        <translation>идентификатор %1 уже используется на этой карте</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="18"/>
        <source>nothing with id %1 in this map</source>
        <translation>на этой карте нет объекта с идентификатором %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="19"/>
        <source>there is no %1 with id %2</source>
        <translation>нет объекта «%1» с идентификатором %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="20"/>
        <source>unknown map setting %1</source>
        <translation>неизвестный параметр карты %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="21"/>
        <source>language must be one of en, ru, uk, lv, not %1</source>
        <translation>язык карты должен быть en, ru, uk или lv, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="22"/>
        <source>locked must be true or false</source>
        <translation>блокировка может быть только включена или выключена</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="23"/>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="24"/>
        <source>%1 cannot be changed here</source>
        <translation>%1 здесь изменить нельзя</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="25"/>
        <source>%1 %2: %3</source>
        <translation>%1, поле %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="27"/>
        <source>emotion values outside %1..%2: %3; rescale them or change them first</source>
        <translation>значения эмоций вне диапазона %1..%2: %3; пересчитайте или измените их</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="30"/>
        <source>cards, flows and notes cannot be reordered this way</source>
        <translation>порядок карточек, переходов и заметок так не меняется</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="31"/>
        <source>there is no stage %1</source>
        <translation>нет этапа %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="32"/>
        <source>there is already a flow between these two touchpoints</source>
        <translation>между этими точками контакта уже есть переход</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="33"/>
        <source>the map is locked by the facilitator: %1 waits until it is unlocked</source>
        <translation>структура карты заблокирована ведущим: %1 возможно только после разблокировки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="34"/>
        <source>adding a stage</source>
        <translation>добавление этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="35"/>
        <source>adding a lane</source>
        <translation>добавление дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="36"/>
        <source>adding a touchpoint</source>
        <translation>добавление точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="37"/>
        <source>changing a stage</source>
        <translation>изменение этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="38"/>
        <source>changing a lane</source>
        <translation>изменение дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="39"/>
        <source>changing a touchpoint</source>
        <translation>изменение точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="40"/>
        <source>moving a stage</source>
        <translation>перемещение этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="41"/>
        <source>moving a lane</source>
        <translation>перемещение дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="42"/>
        <source>moving a touchpoint</source>
        <translation>перемещение точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="43"/>
        <source>deleting a stage</source>
        <translation>удаление этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="44"/>
        <source>deleting a lane</source>
        <translation>удаление дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="45"/>
        <source>deleting a touchpoint</source>
        <translation>удаление точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="46"/>
        <source>moving a card</source>
        <translation>перемещение карточки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="47"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="48"/>
        <source>lane</source>
        <translation>дорожка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="49"/>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="50"/>
        <source>view</source>
        <translation>представление</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="51"/>
        <source>touchpoint</source>
        <translation>точка контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="52"/>
        <source>flow</source>
        <translation>переход</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="53"/>
        <source>annotation</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="54"/>
        <source>there is no persona named %1 in this map (personas: %2)</source>
        <translation>на этой карте нет персоны %1 (персоны: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="55"/>
        <source>no voting round is running</source>
        <translation>голосование не идёт</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="56"/>
        <source>this round does not vote on that kind of item</source>
        <translation>в этом голосовании за такие объекты не голосуют</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="57"/>
        <source>the voting round has ended</source>
        <translation>голосование завершено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="58"/>
        <source>%1 is not a participant of this round</source>
        <translation>%1 не участвует в этом голосовании</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="59"/>
        <source>%1 has used all %2 dots</source>
        <translation>%1 уже использует все точки (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="60"/>
        <source>%1 has no dot on this item to take back</source>
        <translation>у %1 нет точки на этом объекте, которую можно снять</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="61"/>
        <source>a voting round needs named participants</source>
        <translation>для голосования нужны участники с именами</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="62"/>
        <source>participant names must be different</source>
        <translation>имена участников должны различаться</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="63"/>
        <source>the budget must be a whole number of dots from 1 to %1</source>
        <translation>число точек на участника должно быть целым, от 1 до %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="64"/>
        <source>votes go on %1</source>
        <translation>голосовать можно за: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="65"/>
        <source>refers to an item that does not exist</source>
        <translation>ссылается на несуществующий объект</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="66"/>
        <source>must be a whole number of dots above 0</source>
        <translation>должно быть целым числом точек больше 0</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="67"/>
        <source>%1 used more than %2 dots</source>
        <translation>%1 использует больше %2 точек</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="68"/>
        <source>the cap per item must be a whole number of dots from 1 to %1</source>
        <translation>предел точек на объект должен быть целым числом от 1 до %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="69"/>
        <source>more than %1 dots on one item</source>
        <translation>больше %1 точек на одном объекте</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="70"/>
        <source>at most %1 dots on one item</source>
        <translation>не больше %1 точек на один объект</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="72"/>
        <source>must lie on the emotion scale %1..%2</source>
        <translation>должно лежать на шкале эмоций %1..%2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="73"/>
        <source>crowd rating %1</source>
        <translation>оценка комнаты: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="74"/>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="75"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="76"/>
        <source>is longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="77"/>
        <source>must be a colour like #1f77b4</source>
        <translation>должно быть цветом в формате #1f77b4</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="78"/>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="79"/>
        <source>the emotion scale bounds must be whole numbers</source>
        <translation>границы шкалы эмоций должны быть целыми числами</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="80"/>
        <source>the emotion scale minimum %1 must be below its maximum %2</source>
        <translation>минимум шкалы эмоций (%1) должен быть меньше максимума (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="81"/>
        <source>the emotion scale may span at most %1 points</source>
        <translation>шкала эмоций может охватывать не более %1 пунктов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="82"/>
        <source>label for %1 lies outside the scale %2..%3</source>
        <translation>подпись для %1 вне шкалы %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="83"/>
        <source>%1 is outside the emotion scale %2..%3</source>
        <translation>%1 вне шкалы эмоций %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="84"/>
        <source>metric names must be non-empty text</source>
        <translation>названия метрик должны быть непустым текстом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="85"/>
        <source>%1 is outside %2..%3</source>
        <translation>%1 вне диапазона %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="86"/>
        <source>is not a lane kind</source>
        <translation>не является типом дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="87"/>
        <source>refers to a stage that does not exist</source>
        <translation>ссылается на несуществующий этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="88"/>
        <source>refers to stage %1, which does not exist</source>
        <translation>ссылается на этап %1, которого нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="89"/>
        <source>refers to persona %1, which does not exist</source>
        <translation>ссылается на персону %1, которой нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="90"/>
        <source>refers to touchpoint %1, which does not exist</source>
        <translation>ссылается на точку контакта %1, которой нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="91"/>
        <source>only an exit flow may have no target</source>
        <translation>без цели может быть только переход-отказ</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="92"/>
        <source>a flow cannot lead from a touchpoint to itself</source>
        <translation>переход не может вести из точки контакта в неё же</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="93"/>
        <source>must be a number from 0 to 100</source>
        <translation>должно быть числом от 0 до 100</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="94"/>
        <source>refers to %1, which is neither a touchpoint nor a stage</source>
        <translation>ссылается на %1 — это не точка контакта и не этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="95"/>
        <source>must be a whole number from 1 to 5</source>
        <translation>должно быть целым числом от 1 до 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="96"/>
        <source>must be a whole number of at least 0</source>
        <translation>должно быть целым числом не меньше 0</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="97"/>
        <source>refers to %1, which does not exist</source>
        <translation>ссылается на %1, которого нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="98"/>
        <source>the clipboard does not hold JourneyMapper cards</source>
        <translation>в буфере обмена нет карточек JourneyMapper</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="99"/>
        <source>the clipboard does not hold JourneyMapper cards (%1)</source>
        <translation>в буфере обмена нет карточек JourneyMapper (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="100"/>
        <source>these cards come from a newer JourneyMapper (v%1)</source>
        <translation>эти карточки скопированы из более новой версии JourneyMapper (v%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="101"/>
        <source>the copied cards are damaged</source>
        <translation>скопированные карточки повреждены</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="102"/>
        <source>the copied cards are damaged (%1)</source>
        <translation>скопированные карточки повреждены (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="103"/>
        <source>row %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="104"/>
        <source>differs from row %1 for this touchpoint</source>
        <translation>отличается от строки %1 для этой точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="105"/>
        <source>a %1 needs a touchpoint in this row</source>
        <translation>для «%1» нужна точка контакта в этой строке</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="106"/>
        <source>a note needs a touchpoint in this row</source>
        <translation>для заметки нужна точка контакта в этой строке</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="107"/>
        <source>%1 is not a channel (use one of %2)</source>
        <translation>%1 — не канал (допустимые: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="108"/>
        <source>%1 differs from %2 in row %3</source>
        <translation>%1 отличается от %2 в строке %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="109"/>
        <location filename="../journeymapper/commands/error_text.py" line="306"/>
        <source>%1 is not a number</source>
        <translation>%1 — не число</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="110"/>
        <source>%1 already has %2 for this touchpoint</source>
        <translation>у персоны %1 уже есть значение %2 для этой точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="111"/>
        <source>%1 at %2</source>
        <translation>%1 (место: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="112"/>
        <source>(and more problems: %1)</source>
        <translation>(и другие проблемы: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="113"/>
        <source>is empty</source>
        <translation>пуст</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="114"/>
        <source>is a binary file, not a JourneyMapper map</source>
        <translation>двоичный файл, а не карта JourneyMapper</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="115"/>
        <source>is not UTF-8 text (saved in a legacy 8-bit encoding?)</source>
        <translation>не является текстом UTF-8 (сохранён в устаревшей 8-битной кодировке?)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="116"/>
        <source>is not valid JSON: %1</source>
        <translation>не является корректным JSON: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="117"/>
        <source>is nested too deeply to be a map</source>
        <translation>слишком глубоко вложен, чтобы быть картой</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="118"/>
        <source>is JSON of type %1, not a JourneyMapper map</source>
        <translation>JSON типа %1, а не карта JourneyMapper</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="119"/>
        <source>is not a JourneyMapper map (no &quot;format&quot;: &quot;journeymapper&quot;)</source>
        <translation>не является картой JourneyMapper (нет &quot;format&quot;: &quot;journeymapper&quot;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="120"/>
        <source>has no valid format_version</source>
        <translation>нет корректной версии формата (format_version)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="121"/>
        <source>cannot be read as a map</source>
        <translation>не читается как карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="122"/>
        <source>unknown problem</source>
        <translation>неизвестная проблема</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="123"/>
        <source>cannot be opened (%1)</source>
        <translation>не открывается (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="124"/>
        <source>the id %1 is used more than once</source>
        <translation>идентификатор %1 используется более одного раза</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="125"/>
        <source>a second flow between the same two touchpoints</source>
        <translation>второй переход между теми же двумя точками контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="126"/>
        <source>contains an invalid character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>содержит недопустимый символ (одиночный суррогат UTF-16, например \ud800)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="129"/>
        <source>must be a finite number</source>
        <translation>должно быть конечным числом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="130"/>
        <source>is too large a number (at most %1)</source>
        <translation>слишком большое число (не более %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="131"/>
        <source>is nested too deeply (more than %1 levels)</source>
        <translation>слишком глубокая вложенность (больше %1 уровней)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="132"/>
        <source>has a key longer than %1 characters</source>
        <translation>содержит ключ длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="133"/>
        <source>must be %1</source>
        <translation>должно быть: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="134"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="135"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 — не одно из значений: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="136"/>
        <source>this value is not one of: %1</source>
        <translation>это значение — не одно из: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="137"/>
        <source>must be a colour like #1f77b4 (or empty)</source>
        <translation>должно быть цветом в формате #1f77b4 (или пустым)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="150"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="151"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="152"/>
        <source>row %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="153"/>
        <source>byte %1</source>
        <translation>байт %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="154"/>
        <source>the embedded map</source>
        <translation>встроенная карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="155"/>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="156"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="157"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="158"/>
        <source>%1,%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="159"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="160"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="161"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="162"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="163"/>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="164"/>
        <source>already exists</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="165"/>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="166"/>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="167"/>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="168"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="169"/>
        <source>no space left on the disk</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="170"/>
        <source>the disk quota is used up</source>
        <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="171"/>
        <source>the file name is too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="172"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>не удалось прочитать или записать данные на диск (ошибка ввода-вывода)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="173"/>
        <source>the file is in use by another program</source>
        <translation>файл занят другой программой</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="174"/>
        <source>the address is already in use</source>
        <translation>адрес уже занят</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="175"/>
        <source>the address does not belong to this machine</source>
        <translation>адрес не принадлежит этому компьютеру</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="176"/>
        <source>is not a regular file (a device, pipe or socket?)</source>
        <translation>не является обычным файлом (устройство, канал или сокет?)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="177"/>
        <source>is too large (%1 MB; the limit is %2)</source>
        <translation>слишком велик (%1 МБ; предел — %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="178"/>
        <source>is too large (the limit is %1)</source>
        <translation>слишком велик (предел — %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="179"/>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="180"/>
        <source>cannot be read (%1)</source>
        <translation>не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="181"/>
        <source>was written by a newer JourneyMapper (format version %1); this version reads format versions up to %2</source>
        <translation>создан более новой версией JourneyMapper (версия формата %1); эта версия читает форматы до версии %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="185"/>
        <source>cannot import this kind of file; use one of %1</source>
        <translation>файлы такого типа не импортируются; используйте один из форматов: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="186"/>
        <source>holds text that is not valid Unicode</source>
        <translation>содержит недопустимые символы Юникода</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="187"/>
        <source>would make a map of %1 MB; a map file holds at most %2 MB</source>
        <translation>после импорта карта заняла бы %1 МБ; файл карты может занимать не более %2 МБ</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="188"/>
        <source>has more than %1 rows; an import makes at most %1 so the map stays within the file size limit (split the file)</source>
        <translation>содержит больше %1 строк; импорт создаёт не более %1, чтобы карта не превысила предельный размер файла (разделите файл)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="192"/>
        <source>has more than %1 sections and tasks; an import makes at most %1 so the map stays within the file size limit (split the file)</source>
        <translation>содержит больше %1 разделов и задач; импорт создаёт не более %1, чтобы карта не превысила предельный размер файла (разделите файл)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="196"/>
        <source>is not valid UTF-16 text</source>
        <translation>не является корректным текстом UTF-16</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="197"/>
        <source>is not UTF-8 text (a legacy encoding such as Windows-1251 or Windows-1257?); save it as UTF-8, e.g. &apos;CSV UTF-8&apos; in Excel</source>
        <translation>не является текстом UTF-8 (устаревшая кодировка, например Windows-1251 или Windows-1257?); сохраните его в UTF-8, например как «CSV UTF-8» в Excel</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="201"/>
        <source>is not valid CSV (%1)</source>
        <translation>не является корректным CSV (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="202"/>
        <source>cannot be read as rows (%1)</source>
        <translation>не удаётся прочитать как строки таблицы (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="203"/>
        <source>a quotation mark is not closed or is followed by other text</source>
        <translation>кавычка не закрыта или за ней следует другой текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="204"/>
        <source>the text ends inside quotation marks</source>
        <translation>текст обрывается внутри кавычек</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="205"/>
        <source>it holds a NUL character</source>
        <translation>содержит символ NUL</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="206"/>
        <source>a cell is longer than %1 characters</source>
        <translation>ячейка длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="207"/>
        <source>the column %1 appears twice</source>
        <translation>столбец %1 встречается дважды</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="208"/>
        <source>the first row must name the columns, at least stage and touchpoint (known columns: %1)</source>
        <translation>первая строка должна называть столбцы, как минимум этап (stage) и точку контакта (touchpoint) (известные столбцы: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="211"/>
        <source>this cell is in a column without a header</source>
        <translation>эта ячейка находится в столбце без заголовка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="212"/>
        <source>the table is empty</source>
        <translation>таблица пуста</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="213"/>
        <source>the first touchpoint needs a stage</source>
        <translation>для первой точки контакта нужен этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="214"/>
        <source>needs a stage or a touchpoint in this row</source>
        <translation>в этой строке нужен этап или точка контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="215"/>
        <source>%1 is not an evidence (use one of %2)</source>
        <translation>%1 — недопустимое обоснование (допустимые: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="216"/>
        <source>%1 is not a whole number %2..%3</source>
        <translation>%1 — не целое число от %2 до %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="217"/>
        <source>%1 is not a pain point or an opportunity</source>
        <translation>%1 — не болевая точка и не возможность</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="218"/>
        <source>a pain point or opportunity needs a stage</source>
        <translation>для болевой точки или возможности нужен этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="219"/>
        <source>is not an Excel .xlsx workbook (not a zip archive)</source>
        <translation>не является книгой Excel .xlsx (это не zip-архив)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="220"/>
        <source>is not an Excel .xlsx workbook (%1 parts)</source>
        <translation>не является книгой Excel .xlsx (частей: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="221"/>
        <source>is not an Excel .xlsx workbook (unusual compression)</source>
        <translation>не является книгой Excel .xlsx (необычное сжатие)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="222"/>
        <source>unpacks to %1 MB; an .xlsx import may unpack to at most %2 MB</source>
        <translation>распаковывается в %1 МБ; при импорте .xlsx допускается не более %2 МБ</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="223"/>
        <source>is not an Excel .xlsx workbook (the file is damaged)</source>
        <translation>не является книгой Excel .xlsx (файл повреждён)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="224"/>
        <source>has more than %1 columns</source>
        <translation>содержит больше %1 столбцов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="225"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey (write #59; instead)</source>
        <translation>символ «;» недопустим в пути клиента в формате Mermaid (вместо него пишите #59;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="226"/>
        <source>&apos;journey&apos; may appear only once, at the start</source>
        <translation>ключевое слово «journey» (путь клиента) может стоять только один раз, в начале</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="227"/>
        <source>not a Mermaid journey diagram: it starts with %1</source>
        <translation>это не путь клиента в формате Mermaid: текст начинается с %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="228"/>
        <source>a section name cannot hold &apos;:&apos; (write #58; instead)</source>
        <translation>название раздела не может содержать «:» (вместо него пишите #58;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="229"/>
        <source>expected a task &apos;Name: score: Actor&apos; or a keyword, not %1</source>
        <translation>ожидалась задача «Название: оценка: Участник» или ключевое слово, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="230"/>
        <source>a task needs a name before its &apos;:&apos;</source>
        <translation>у задачи должно быть название перед «:»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="231"/>
        <source>the task %1 has no score (1 to 5)</source>
        <translation>у задачи %1 нет оценки (от 1 до 5)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="232"/>
        <source>the score %1 is not a number from 1 to 5</source>
        <translation>оценка %1 — не число от 1 до 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="233"/>
        <source>the score %1 is outside 1 to 5</source>
        <translation>оценка %1 вне диапазона от 1 до 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="234"/>
        <source>has more than %1 different actors</source>
        <translation>содержит больше %1 разных участников</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="235"/>
        <source>this accDescr { is never closed with }</source>
        <translation>этот блок accDescr { не закрыт символом }</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="236"/>
        <source>not a Mermaid journey diagram: &apos;journey&apos; is missing</source>
        <translation>это не путь клиента в формате Mermaid: нет ключевого слова «journey»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="237"/>
        <source>none of the %1 ```mermaid blocks holds a journey diagram</source>
        <translation>ни в одном из блоков ```mermaid (их %1) нет пути клиента (journey)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="238"/>
        <source>the front matter that starts here never ends with ---</source>
        <translation>начатый здесь блок front matter не закрыт строкой ---</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="239"/>
        <source>uses every private-use character; it cannot be read</source>
        <translation>использует все символы из области для частного использования; его невозможно прочитать</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="240"/>
        <source>is a damaged PNG image</source>
        <translation>повреждённое изображение PNG</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="241"/>
        <source>is a damaged PNG image (it ends too early)</source>
        <translation>повреждённое изображение PNG (обрывается раньше времени)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="242"/>
        <source>is a PNG image without an embedded map (export one from JourneyMapper)</source>
        <translation>изображение PNG без встроенной карты (экспортируйте его из JourneyMapper)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="243"/>
        <source>holds an embedded map larger than %1 bytes</source>
        <translation>содержит встроенную карту больше %1 байт</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="244"/>
        <source>snapshot cannot be read: %1</source>
        <translation>снимок не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="245"/>
        <source>%1 (in %2)</source>
        <translation>%1 (поле %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="246"/>
        <source>no snapshot labelled or with id %1 (newest: %2)</source>
        <translation>нет снимка с названием или идентификатором %1 (последние: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="247"/>
        <source>no snapshot labelled or with id %1 (the file has no snapshots)</source>
        <translation>нет снимка с названием или идентификатором %1 (в файле нет снимков)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="248"/>
        <source>its data is damaged (not compressed map JSON)</source>
        <translation>его данные повреждены (это не сжатый JSON карты)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="249"/>
        <source>its data is larger than %1 bytes</source>
        <translation>его данные больше %1 байт</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="250"/>
        <source>its data is cut short</source>
        <translation>его данные обрываются</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="251"/>
        <source>its data does not match its sha256 checksum</source>
        <translation>его данные не совпадают с контрольной суммой sha256</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="252"/>
        <source>is not a list of snapshots; ignored</source>
        <translation>не является списком снимков; пропущено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="253"/>
        <source>is a PNG export: snapshots are kept in .jmap map files</source>
        <translation>это экспорт в PNG: снимки хранятся в файлах карт .jmap</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="254"/>
        <source>not a co-editing link (expected %1)</source>
        <translation>это не ссылка для совместного редактирования (ожидается %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="255"/>
        <source>the link has no address and port</source>
        <translation>в ссылке нет адреса и порта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="256"/>
        <source>the link&apos;s pairing code is not complete</source>
        <translation>код подключения в ссылке неполный</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="257"/>
        <source>unknown theme %1; use %2</source>
        <translation>неизвестная тема %1; допустимые: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="258"/>
        <source>unknown page %1; use %2</source>
        <translation>неизвестный формат страницы %1; допустимые: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="259"/>
        <source>unknown tile size %1; use %2</source>
        <translation>неизвестный размер листа %1; допустимые: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="260"/>
        <source>unknown layout %1; use %2</source>
        <translation>неизвестная компоновка %1; допустимые: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="261"/>
        <source>no saved view named %1 (views: %2)</source>
        <translation>нет сохранённого представления %1 (представления: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="262"/>
        <source>no persona named %1 (personas: %2)</source>
        <translation>нет персоны %1 (персоны: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="263"/>
        <source>is the input file; choose another name for the output</source>
        <translation>это входной файл; выберите для результата другое имя</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="264"/>
        <source>already exists (add --force to replace it)</source>
        <translation>уже существует (добавьте --force, чтобы заменить его)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="265"/>
        <source>the map is large: the PNG was drawn at %1 dpi instead of %2</source>
        <translation>карта большая: PNG отрисован с разрешением %1 dpi вместо %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="266"/>
        <source>%1 leaves out %2</source>
        <translation>%1 не сохраняет: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="267"/>
        <source>lane text</source>
        <translation>текст дорожек</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="268"/>
        <source>non-main flows (%1)</source>
        <translation>неосновные переходы (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="269"/>
        <source>to-be emotions</source>
        <translation>эмоции «как должно быть»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="270"/>
        <source>metrics</source>
        <translation>метрики</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="271"/>
        <source>touchpoint details</source>
        <translation>подробности точек контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="272"/>
        <source>severity, owners and votes of pains and opportunities</source>
        <translation>важность, ответственные и голоса у болевых точек и возможностей</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="273"/>
        <source>the difference between stages or touchpoints of the same name</source>
        <translation>различие между одноимёнными этапами или точками контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="274"/>
        <source>the room&apos;s ratings (--table crowd writes them)</source>
        <translation>оценки комнаты (их записывает --table crowd)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="275"/>
        <source>pain points (%1)</source>
        <translation>болевые точки (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="276"/>
        <source>opportunities (%1)</source>
        <translation>возможности (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="277"/>
        <source>personas without emotions</source>
        <translation>персоны без эмоций</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="278"/>
        <source>touchpoints without emotions written as score 3 (%1)</source>
        <translation>точки контакта без эмоций записаны с оценкой 3 (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="279"/>
        <source>scores are those of %1 (the first persona; --persona picks another)</source>
        <translation>оценки взяты у персоны %1 (первой; другую выбирает --persona)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="280"/>
        <source>image %1 left out (not a readable PNG, JPEG, GIF or WebP ≤ 2 MB)</source>
        <translation>изображение %1 пропущено (это не читаемый файл PNG, JPEG, GIF или WebP до 2 МБ)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="283"/>
        <source>image %1 left out (%2)</source>
        <translation>изображение %1 пропущено (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="284"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="285"/>
        <source>valid (%1 stages, %2 touchpoints)</source>
        <translation>карта корректна (этапов: %1, точек контакта: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="286"/>
        <source>stages: %1   touchpoints: %2   personas: %3   flows: %4</source>
        <translation>этапов: %1   точек контакта: %2   персон: %3   переходов: %4</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="287"/>
        <source>pain points: %1   opportunities: %2   votes: %3</source>
        <translation>болевых точек: %1   возможностей: %2   голосов: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="288"/>
        <source>paths from first to last stage: %1</source>
        <translation>путей от первого этапа до последнего: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="289"/>
        <source>dead ends: %1</source>
        <translation>тупиков: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="290"/>
        <source>unreachable: %1</source>
        <translation>недостижимых точек контакта: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="291"/>
        <source>loops: %1</source>
        <translation>циклов: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="292"/>
        <source>worst pain points:</source>
        <translation>самые острые болевые точки:</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="293"/>
        <source>%1 (severity %2, votes %3, %4)</source>
        <translation>%1 (важность %2, голосов %3, %4)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="294"/>
        <source>lowest moments for %1: %2</source>
        <translation>худшие моменты для персоны %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="295"/>
        <source>cannot listen (%1)</source>
        <translation>не удаётся принимать подключения (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="296"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="297"/>
        <source>cannot be processed (%1)</source>
        <translation>не удаётся обработать (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="298"/>
        <source>unknown template %1; choose one of %2</source>
        <translation>неизвестный шаблон %1; выберите один из: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="299"/>
        <source>the output of import must be a .jmap file, not %1</source>
        <translation>результатом импорта должен быть файл .jmap, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="300"/>
        <source>cannot export to %1: the name must end in one of %2</source>
        <translation>нельзя экспортировать в %1: имя должно оканчиваться на одно из: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="301"/>
        <source>--table applies to .csv exports only</source>
        <translation>--table применяется только при экспорте в .csv</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="302"/>
        <source>%1 must be between %2 and %3</source>
        <translation>значение %1 должно быть от %2 до %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="303"/>
        <source>--lang must be one of %1</source>
        <translation>значение --lang должно быть одним из: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="304"/>
        <source>unknown command %1; commands: %2</source>
        <translation>неизвестная команда %1; команды: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="305"/>
        <source>%1 is not a whole number</source>
        <translation>%1 — не целое число</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="307"/>
        <source>Design customer journey maps. With no command, opens the editor.</source>
        <translation>Проектирование карт пути клиента. Без команды открывает редактор.</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="308"/>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="309"/>
        <source>create a map from a template</source>
        <translation>создать карту по шаблону</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="310"/>
        <source>blank, e-shop or saas-trial</source>
        <translation>blank, e-shop или saas-trial</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="311"/>
        <source>the language of the new map</source>
        <translation>язык новой карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="312"/>
        <source>replace OUT if it exists</source>
        <translation>заменить OUT, если он существует</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="313"/>
        <source>check a map; list every problem</source>
        <translation>проверить карту и перечислить все проблемы</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="314"/>
        <source>counts and analysis of a map</source>
        <translation>сводка и анализ карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="315"/>
        <source>print one JSON object</source>
        <translation>вывести один объект JSON</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="316"/>
        <source>make a map from Mermaid journey, CSV or XLSX</source>
        <translation>создать карту из пути клиента в формате Mermaid, CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="317"/>
        <source>export to %1</source>
        <translation>экспортировать в %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="318"/>
        <source>name of a saved view</source>
        <translation>имя сохранённого представления</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="319"/>
        <source>name of the persona to show</source>
        <translation>имя показываемой персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="320"/>
        <source>CSV only: the journey table (default), the pains and opportunities table, or the room&apos;s ratings per stage (the crowd curve)</source>
        <translation>только CSV: таблица пути клиента (по умолчанию), таблица болевых точек и возможностей или оценки комнаты по этапам (кривая комнаты)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="324"/>
        <source>resolution of PNG exports (default 150)</source>
        <translation>разрешение при экспорте в PNG (по умолчанию 150)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="325"/>
        <source>size factor of PNG exports (default 1)</source>
        <translation>масштаб при экспорте в PNG (по умолчанию 1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="326"/>
        <source>poster page; auto: the smallest of A3-A0 that keeps text at 6 pt or more</source>
        <translation>страница плаката; auto: наименьший из форматов A3–A0, при котором текст не мельче 6 пт</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="329"/>
        <source>poster printed on A4 or A3 sheets to tape together</source>
        <translation>плакат на листах A4 или A3 для склейки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="330"/>
        <source>slides: one per lowest moment</source>
        <translation>слайды: по одному на каждый из худших моментов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="331"/>
        <source>how the map is laid out</source>
        <translation>компоновка карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="332"/>
        <source>colours: light, print or projector</source>
        <translation>цвета: light (светлая), print (печать) или projector (проектор)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="333"/>
        <source>PNG without background</source>
        <translation>PNG без фона</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="334"/>
        <source>PNG: leave the map out of the image (it cannot be reopened as a map)</source>
        <translation>PNG: не встраивать карту в изображение (его нельзя будет открыть как карту)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="337"/>
        <source>let participants join from their phones (room mode)</source>
        <translation>участники подключаются с телефонов (режим комнаты)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="338"/>
        <source>the one address to listen on (default: this machine&apos;s address on the network)</source>
        <translation>единственный адрес для подключений (по умолчанию — сетевой адрес этого компьютера)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="341"/>
        <source>the port to listen on</source>
        <translation>порт для подключений</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="342"/>
        <source>dots per participant (1-100)</source>
        <translation>точек на участника (1–100)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="343"/>
        <source>what participants may do: notes, vote, rate or all</source>
        <translation>что могут участники: notes (заметки), vote (голосование), rate (оценка) или all (всё)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="344"/>
        <source>let co-facilitators edit the map live from their laptops</source>
        <translation>соведущие редактируют карту вживую со своих ноутбуков</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="345"/>
        <source>mirror a map shared with `share` into a file, live</source>
        <translation>зеркалировать в файл карту, открытую командой `share`, в реальном времени</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="346"/>
        <source>the link `share` printed</source>
        <translation>ссылка, которую вывела команда `share`</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="347"/>
        <source>keep the map&apos;s current state as a snapshot in the file</source>
        <translation>сохранить текущее состояние карты как снимок в файле</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="348"/>
        <source>the snapshot&apos;s name, e.g. “post-workshop baseline”</source>
        <translation>название снимка, например «итог воркшопа»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="349"/>
        <source>manual or published</source>
        <translation>manual (вручную) или published (опубликованный)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="350"/>
        <source>who takes it (default: the map&apos;s author)</source>
        <translation>кто делает снимок (по умолчанию — автор карты)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="351"/>
        <source>list the snapshots kept in a map file</source>
        <translation>перечислить снимки, хранящиеся в файле карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="352"/>
        <source>what changed between two maps or snapshots (MAP.jmap@LABEL, MAP.jmap@ID)</source>
        <translation>что изменилось между двумя картами или снимками (MAP.jmap@LABEL, MAP.jmap@ID)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="355"/>
        <source>print one JSON object with ids</source>
        <translation>вывести один объект JSON с идентификаторами</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="356"/>
        <source>draw the compare: .pdf .png .svg .html</source>
        <translation>нарисовать сравнение: .pdf .png .svg .html</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="357"/>
        <source>compare OLD&apos;s as-is curves with NEW&apos;s to-be curves</source>
        <translation>сравнить кривые «как есть» из OLD с кривыми «как должно быть» из NEW</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="358"/>
        <source>--label must not be empty</source>
        <translation>значение --label не может быть пустым</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="359"/>
        <source>slides: a “What changed since” slide; a snapshot label or id in FILE, or another map (OLD.jmap, OLD.jmap@LABEL)</source>
        <translation>слайды: слайд «Что изменилось с…»; название или идентификатор снимка в FILE либо другая карта (OLD.jmap, OLD.jmap@LABEL)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="363"/>
        <source>delete one snapshot from the file (no undo)</source>
        <translation>удалить один снимок из файла (без отмены)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="364"/>
        <source>--changes-since applies to slide decks only (.pdf slides, .pptx)</source>
        <translation>--changes-since применяется только к презентациям (слайды .pdf, .pptx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="367"/>
        <source>--host must be an IP address of this machine, not %1</source>
        <translation>значение --host должно быть IP-адресом этого компьютера, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="368"/>
        <source>cannot draw the compare to %1: the name must end in one of %2</source>
        <translation>нельзя нарисовать сравнение в %1: имя должно оканчиваться на одно из: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="369"/>
        <source>code: %1  viewer: %2</source>
        <translation>код: %1  для зрителей: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="370"/>
        <source>room closed: %1 contributions saved to %2</source>
        <translation>комната закрыта; сохранено вкладов участников: %1; файл: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="371"/>
        <source>sharing ended; the map is saved in %1</source>
        <translation>совместная работа завершена; карта сохранена в файле %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="372"/>
        <source>the host refused to pair (%1)</source>
        <translation>компьютер с общей картой отказал в подключении (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="373"/>
        <source>it already has as many co-editors as it takes</source>
        <translation>он уже принял наибольшее число соредакторов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="374"/>
        <source>too many wrong codes from this computer: wait a minute and try again</source>
        <translation>слишком много неверных кодов с этого компьютера: подождите минуту и повторите попытку</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="375"/>
        <source>it did not accept the pairing code; check it against the host&apos;s screen</source>
        <translation>он не принял код подключения; сверьте его с экраном ведущего компьютера</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="378"/>
        <source>it did not understand the pairing request</source>
        <translation>он не понял запрос на подключение</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="379"/>
        <source>the host stopped sharing; the map is saved in %1</source>
        <translation>компьютер с общей картой завершил совместную работу; карта сохранена в файле %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="380"/>
        <source>the host stopped sharing before the map arrived</source>
        <translation>компьютер с общей картой завершил совместную работу до того, как карта была получена</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="381"/>
        <source>%1: snapshot %2 %3 (%4 stages, %5 touchpoints)</source>
        <translation>%1: снимок %2 %3 (этапов: %4, точек контакта: %5)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="382"/>
        <source>%1: deleted snapshot %2 %3</source>
        <translation>%1: снимок %2 %3 удалён</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="383"/>
        <source>%1: no snapshots (take one with: journeymapper snapshot FILE --label TEXT)</source>
        <translation>%1: снимков нет (создайте снимок командой journeymapper snapshot FILE --label TEXT)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="386"/>
        <source>%1 stages, %2 touchpoints, %3 pains</source>
        <translation>этапов: %1, точек контакта: %2, болевых точек: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="387"/>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="388"/>
        <source>BROKEN: %1</source>
        <translation>ПОВРЕЖДЁН: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="389"/>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="390"/>
        <source>published</source>
        <translation>опубликованный</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="391"/>
        <source>workshop start</source>
        <translation>начало воркшопа</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="392"/>
        <source>workshop end</source>
        <translation>конец воркшопа</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="393"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="394"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="395"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="396"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="397"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="398"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="399"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="400"/>
        <source>the following arguments are required: %s</source>
        <translation>необходимы аргументы: %s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="401"/>
        <source>expected one argument</source>
        <translation>ожидалось одно значение</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="402"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="403"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="404"/>
        <source>ignored explicit argument %r</source>
        <translation>лишнее значение %r</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="405"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(value)r (%(type)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="406"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="71"/>
        <location filename="../journeymapper/commands/error_text.py" line="138"/>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="139"/>
        <source>does not match %1</source>
        <translation>не соответствует шаблону %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="140"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 меньше минимума %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="141"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 больше максимума %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="142"/>
        <source>has unknown fields: %1</source>
        <translation>неизвестные поля: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="143"/>
        <source>%1 is missing</source>
        <translation>нет поля %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="144"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="145"/>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="146"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="147"/>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="148"/>
        <source>an object {…}</source>
        <translation>объект {…}</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="149"/>
        <source>a list […]</source>
        <translation>список […]</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="63"/>
        <source>Export Map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="82"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="83"/>
        <source>PNG image (the map inside)</source>
        <translation>Изображение PNG (с картой внутри)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="84"/>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="85"/>
        <source>Interactive web page</source>
        <translation>Интерактивная веб-страница</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="86"/>
        <source>PowerPoint deck</source>
        <translation>Презентация PowerPoint</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="87"/>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="88"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="89"/>
        <source>Mermaid journey</source>
        <translation>Путь клиента в формате Mermaid</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="99"/>
        <source>Slides (16:9 deck)</source>
        <translation>Слайды (16:9)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="99"/>
        <source>Poster (one page)</source>
        <translation>Плакат (одна страница)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="103"/>
        <source>Automatic (text at least 6 pt)</source>
        <translation>Автоматически (текст не меньше 6 пт)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="105"/>
        <source>One sheet</source>
        <translation>Один лист</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="106"/>
        <source>Tiled on %1 sheets</source>
        <translation>Частями на %1 листах</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="110"/>
        <source>No such slide</source>
        <translation>Без такого слайда</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="119"/>
        <source>Adds a slide after the overview that lists what changed since a snapshot.</source>
        <translation>Добавляет после обзора слайд со списком изменений с момента снимка.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="121"/>
        <source>Whole map</source>
        <translation>Вся карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="124"/>
        <source>All personas</source>
        <translation>Все персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Print (grey-scale friendly)</source>
        <translation>Печать (подходит для ч/б)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="130"/>
        <source>Projector (high contrast)</source>
        <translation>Проектор (высокий контраст)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="134"/>
        <source>Journey (a row per touchpoint)</source>
        <translation>Путь клиента (строка на каждую точку контакта)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="135"/>
        <source>Pains and opportunities, worst first</source>
        <translation>Болевые точки и возможности, самые острые сверху</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="136"/>
        <source>Room ratings per stage (the crowd curve)</source>
        <translation>Оценки комнаты по этапам (кривая комнаты)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="142"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="149"/>
        <source>&amp;Transparent background</source>
        <translation>Про&amp;зрачный фон</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="151"/>
        <source>Include the &amp;map so the PNG reopens as a map</source>
        <translation>&amp;Включить карту, чтобы PNG открывался как карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="154"/>
        <source>With a saved view or persona, only what the picture shows is included.</source>
        <translation>При выбранном представлении или персоне включается только то, что видно на картинке.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="159"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="167"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="169"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Компоновка:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="170"/>
        <source>&amp;Page:</source>
        <translation>&amp;Страница:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="108"/>
        <source>A slide per lowest moment (st&amp;ory)</source>
        <translation>Слайд на каждый худший момент (&amp;история)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="171"/>
        <source>Printin&amp;g:</source>
        <translation>Пе&amp;чать:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="173"/>
        <source>&amp;What changed since:</source>
        <translation>Что изме&amp;нилось с версии:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="174"/>
        <source>Saved &amp;view:</source>
        <translation>Пре&amp;дставление:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="175"/>
        <source>Perso&amp;na:</source>
        <translation>П&amp;ерсона:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="176"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="177"/>
        <source>T&amp;able:</source>
        <translation>Т&amp;аблица:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="178"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="179"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="182"/>
        <source>F&amp;ile:</source>
        <translation>Фай&amp;л:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="186"/>
        <location filename="../journeymapper/ui/export_dialog.py" line="394"/>
        <source>Rendering preview…</source>
        <translation>Построение предпросмотра…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="207"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="298"/>
        <source>Export To</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="322"/>
        <source>Replace file</source>
        <translation>Заменить файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="323"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>Файл «%1» уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="339"/>
        <source>Vector pages with selectable text; slides make a deck.</source>
        <translation>Векторные страницы с выделяемым текстом; слайды собираются в презентацию.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="340"/>
        <source>A picture of the map; JourneyMapper can reopen the map from it.</source>
        <translation>Картинка карты; JourneyMapper может снова открыть из неё карту.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="341"/>
        <source>A drawing with real, searchable text.</source>
        <translation>Рисунок с настоящим текстом, по которому работает поиск.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="342"/>
        <source>One file that opens offline in any browser: zoom, search, persona toggles and every card&apos;s details.</source>
        <translation>Один файл, который открывается без интернета в любом браузере: масштаб, поиск, переключение персон и все подробности каждой карточки.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="346"/>
        <source>Editable slides: grouped shapes, an emotion chart, speaker notes with details.</source>
        <translation>Слайды, которые можно редактировать: сгруппированные фигуры, диаграмма эмоций, заметки докладчика с подробностями.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="349"/>
        <source>One row per touchpoint, or the pains table; drawing options do not apply.</source>
        <translation>Строка на каждую точку контакта или таблица болевых точек; параметры рисунка не применяются.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="352"/>
        <source>Journey, pains (worst first) and metrics sheets; drawing options do not apply.</source>
        <translation>Листы пути клиента, болевых точек (самые острые сверху) и метрик; параметры рисунка не применяются.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="355"/>
        <source>Stages, touchpoints and one persona&apos;s scores; lanes and pains are left out.</source>
        <translation>Этапы, точки контакта и оценки одной персоны; дорожки и болевые точки не попадают.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="404"/>
        <source>No preview: %1</source>
        <translation>Нет предпросмотра: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="412"/>
        <source>Preview of the map as drawn on a poster or in a PNG.</source>
        <translation>Предпросмотр карты в виде плаката или PNG.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="63"/>
        <source>unexpected error: %1</source>
        <translation>непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="155"/>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="170"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="179"/>
        <source>The map could not be exported to “%1”:

%2

Nothing was written there; your map is unchanged.</source>
        <translation>Не удалось экспортировать карту в «%1»:

%2

Туда ничего не записано; карта не изменилась.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="186"/>
        <location filename="../journeymapper/ui/export_runner.py" line="188"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="199"/>
        <source>the image could not be decoded</source>
        <translation>не удалось прочитать изображение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="216"/>
        <source>Copied the map as an image (%1 × %2 pixels)</source>
        <translation>Карта скопирована как изображение (%1 × %2 пикс.)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="223"/>
        <location filename="../journeymapper/ui/export_runner.py" line="224"/>
        <source>Copy as image failed</source>
        <translation>Не удалось скопировать как изображение</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="67"/>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Карты пути клиента (*.jmap)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="68"/>
        <source>PNG images with a map inside (*.png)</source>
        <translation>Изображения PNG с картой внутри (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="69"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="103"/>
        <source>Open Map</source>
        <translation>Открыть карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="122"/>
        <source>Opened %1</source>
        <translation>Открыта карта %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Save Map As</source>
        <translation>Сохранить карту как</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="189"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="72"/>
        <source>“%1” was deleted or moved away; Save writes it again.</source>
        <translation>Файл «%1» удалён или перемещён; при сохранении он будет записан заново.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="82"/>
        <source>“%1” was changed on disk; Save will ask before overwriting it.</source>
        <translation>Файл «%1» изменён на диске; перед перезаписью программа запросит подтверждение.</translation>
    </message>
</context>
<context>
    <name>FlowForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="78"/>
        <source>From – to:</source>
        <translation>Откуда – куда:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="80"/>
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="81"/>
        <source>&amp;Percent:</source>
        <translation>Про&amp;цент:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="82"/>
        <source>Change flow kind</source>
        <translation>смену типа перехода</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="83"/>
        <source>Change flow label</source>
        <translation>изменение подписи перехода</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="84"/>
        <source>Change flow percent</source>
        <translation>изменение процента перехода</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="88"/>
        <source>Flow</source>
        <translation>Переход</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="93"/>
        <source>abandoned</source>
        <translation>отказ</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="26"/>
        <source>Inspector</source>
        <translation>Свойства</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/inspector/dock.py" line="81"/>
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>Выделен %n элемент.</numerusform>
            <numerusform>Выделено %n элемента.</numerusform>
            <numerusform>Выделено %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="84"/>
        <source>Select a card, a stage, a lane or an arrow to see and edit its details.</source>
        <translation>Выделите карточку, этап, дорожку или стрелку, чтобы увидеть и изменить её свойства.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="94"/>
        <source>Edit personas in the Personas panel.</source>
        <translation>Персоны редактируются на панели «Персоны».</translation>
    </message>
</context>
<context>
    <name>InteropActions</name>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="99"/>
        <source>Journeys from other tools (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</source>
        <translation>Пути клиента из других программ (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="100"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown)</source>
        <translation>Пути клиента в формате Mermaid (*.mmd *.mermaid *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="101"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="102"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="113"/>
        <source>Import Journey</source>
        <translation>Импорт пути клиента</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="126"/>
        <source>Cannot import the file</source>
        <translation>Не удалось импортировать файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="127"/>
        <source>This file cannot be imported as a journey:</source>
        <translation>Этот файл не удаётся импортировать как путь клиента:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="135"/>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="143"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… и ещё %n проблема</numerusform>
            <numerusform>… и ещё %n проблемы</numerusform>
            <numerusform>… и ещё %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="156"/>
        <source>Cannot paste the text</source>
        <translation>Не удалось вставить текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="156"/>
        <source>The pasted rows have a problem:</source>
        <translation>Во вставленных строках есть ошибка:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="161"/>
        <source>Add a stage before pasting cards</source>
        <translation>Сначала добавьте этап, затем вставляйте карточки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="167"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>вставку %n карточки</numerusform>
            <numerusform>вставку %n карточек</numerusform>
            <numerusform>вставку %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="171"/>
        <source>Pasted %n card(s)</source>
        <translation>
            <numerusform>Вставлена %n карточка</numerusform>
            <numerusform>Вставлено %n карточки</numerusform>
            <numerusform>Вставлено %n карточек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="13"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="14"/>
        <source>Mobile app</source>
        <translation>Мобильное приложение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="15"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="16"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="17"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="18"/>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="19"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="20"/>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="21"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="22"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="28"/>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="29"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="30"/>
        <source>Emotion curve</source>
        <translation>Кривая эмоций</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="31"/>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="32"/>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="33"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="39"/>
        <source>Pain point</source>
        <translation>Болевая точка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="40"/>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="46"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="47"/>
        <source>Observed</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="48"/>
        <source>Assumed</source>
        <translation>Предположение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="49"/>
        <source>Proposed</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="55"/>
        <source>Circle</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="56"/>
        <source>Square</source>
        <translation>Квадрат</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="57"/>
        <source>Triangle</source>
        <translation>Треугольник</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="58"/>
        <source>Diamond</source>
        <translation>Ромб</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="59"/>
        <source>Star</source>
        <translation>Звезда</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="60"/>
        <source>Cross</source>
        <translation>Крест</translation>
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
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="70"/>
        <source>Drop-off</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="86"/>
        <source>Blank map</source>
        <translation>Пустая карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="87"/>
        <source>Online shop</source>
        <translation>Интернет-магазин</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="88"/>
        <source>SaaS free trial</source>
        <translation>Пробный период SaaS</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="53"/>
        <source>&amp;Hidden on the canvas and in exports</source>
        <translation>&amp;Скрыта на холсте и в экспорте</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="54"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="57"/>
        <source>Rename lane</source>
        <translation>переименование дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="58"/>
        <source>Show or hide lane</source>
        <translation>показ или скрытие дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="62"/>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
</context>
<context>
    <name>LanesEditor</name>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="46"/>
        <source>Double-click a name to rename; untick to hide a lane.</source>
        <translation>Дважды щёлкните название, чтобы переименовать; снимите флажок, чтобы скрыть дорожку.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="55"/>
        <source>Add lan&amp;e</source>
        <translation>Добав&amp;ить дорожку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="56"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="57"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="118"/>
        <source>Add lane</source>
        <translation>добавление дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="129"/>
        <source>Change lane</source>
        <translation>изменение дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="133"/>
        <source>Move lane</source>
        <translation>перемещение дорожки</translation>
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
            <numerusform>Пропущен %n шаг: его элементы изменил или удалил соредактор</numerusform>
            <numerusform>Пропущено %n шага: их элементы изменил или удалил соредактор</numerusform>
            <numerusform>Пропущено %n шагов: их элементы изменил или удалил соредактор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="205"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выделено: %n</numerusform>
            <numerusform>Выделено: %n</numerusform>
            <numerusform>Выделено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="213"/>
        <source>The stage “%1” holds %n card(s), note(s) or cell(s). Delete it with its content? Undo brings it back.</source>
        <translation>
            <numerusform>На этапе «%1» есть %n карточка, заметка или ячейка. Удалить этап вместе с содержимым? Это действие можно отменить.</numerusform>
            <numerusform>На этапе «%1» есть %n карточки, заметки или ячейки. Удалить этап вместе с содержимым? Это действие можно отменить.</numerusform>
            <numerusform>На этапе «%1» есть %n карточек, заметок или ячеек. Удалить этап вместе с содержимым? Это действие можно отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="220"/>
        <source>The %1 stages hold %n card(s), note(s) or cell(s). Delete them with their content? Undo brings them back.</source>
        <translation>
            <numerusform>В выбранных этапах (%1) есть %n карточка, заметка или ячейка. Удалить этапы вместе с содержимым? Это действие можно отменить.</numerusform>
            <numerusform>В выбранных этапах (%1) есть %n карточки, заметки или ячейки. Удалить этапы вместе с содержимым? Это действие можно отменить.</numerusform>
            <numerusform>В выбранных этапах (%1) есть %n карточек, заметок или ячеек. Удалить этапы вместе с содержимым? Это действие можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/main_window.py" line="228"/>
        <source>Delete stage</source>
        <translation>Удалить этап</translation>
    </message>
</context>
<context>
    <name>MapSettingsDialog</name>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="34"/>
        <source>Map Settings</source>
        <translation>Параметры карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="51"/>
        <source>The language of the map&apos;s exports and labels</source>
        <translation>Язык экспорта и подписей карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="53"/>
        <source>&amp;Description:</source>
        <translation>Опи&amp;сание:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="54"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="58"/>
        <source>E&amp;motion scale</source>
        <translation>&amp;Шкала эмоций</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="60"/>
        <source>La&amp;nes</source>
        <translation>&amp;Дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="90"/>
        <source>Change map settings</source>
        <translation>изменение параметров карты</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="42"/>
        <source>&amp;New from Template…</source>
        <translation>Соз&amp;дать из шаблона…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="43"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="44"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="45"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="46"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="49"/>
        <source>Copy as &amp;Image</source>
        <translation>Копировать как &amp;изображение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="51"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="55"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="58"/>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;резать</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="60"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="61"/>
        <source>Dup&amp;licate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="62"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="63"/>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="64"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="66"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="68"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="69"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="70"/>
        <source>&amp;Fit Map</source>
        <translation>Карта &amp;целиком</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="72"/>
        <source>Fit &amp;Selection</source>
        <translation>По в&amp;ыделению</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="74"/>
        <source>&amp;Map Settings…</source>
        <translation>Параметры &amp;карты…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="75"/>
        <source>Add &amp;Stage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="76"/>
        <source>Add &amp;Lane</source>
        <translation>Добавить &amp;дорожку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="78"/>
        <source>Add &amp;Persona</source>
        <translation>Добавить &amp;персону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="81"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Сочетания клавиш…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="83"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="94"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="95"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="103"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="104"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="157"/>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="160"/>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="165"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="169"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="200"/>
        <source>No recent maps</source>
        <translation>Недавних карт нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="204"/>
        <source>Clear the List</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="37"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="57"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… и ещё %n проблема</numerusform>
            <numerusform>… и ещё %n проблемы</numerusform>
            <numerusform>… и ещё %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="60"/>
        <source>Cannot open the map</source>
        <translation>Не удалось открыть карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="61"/>
        <source>This file cannot be opened as a journey map:</source>
        <translation>Этот файл не удаётся открыть как карту пути клиента:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="70"/>
        <source>the map holds text that is not valid Unicode</source>
        <translation>карта содержит текст, недопустимый в Юникоде</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="75"/>
        <source>Cannot save the map</source>
        <translation>Не удалось сохранить карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="76"/>
        <source>The map could not be saved to “%1”: %2.

Your map is still open; try Save As… to choose another folder.</source>
        <translation>Не удалось сохранить карту в «%1»: %2.

Карта по-прежнему открыта; выберите другую папку через «Сохранить как…».</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="89"/>
        <location filename="../journeymapper/ui/messages.py" line="126"/>
        <source>File changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="92"/>
        <source>“%1” was deleted or moved away since you opened it.</source>
        <translation>Файл «%1» был удалён или перемещён после того, как вы его открыли.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="93"/>
        <source>Save it again under this name, or choose another one?</source>
        <translation>Сохранить его снова под этим именем или выбрать другое?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="94"/>
        <source>Save Here</source>
        <translation>Сохранить здесь</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="98"/>
        <source>“%1” was changed by another program or window since you opened it.</source>
        <translation>Файл «%1» был изменён другой программой или в другом окне после того, как вы его открыли.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="103"/>
        <source>Overwrite loses the changes made there; Reload loses your unsaved changes here; Save As keeps both.</source>
        <translation>При перезаписи будут потеряны изменения, сделанные там; при повторной загрузке — ваши несохранённые изменения здесь; «Сохранить как…» сохранит и те, и другие.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="108"/>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="109"/>
        <source>Overwrite</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="112"/>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="127"/>
        <source>“%1” was changed by another program or window. Reload it?</source>
        <translation>Файл «%1» изменён другой программой или в другом окне. Загрузить его заново?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="136"/>
        <source>Edit not possible</source>
        <translation>Изменение невозможно</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="144"/>
        <source>Damaged snapshots</source>
        <translation>Повреждённые снимки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="145"/>
        <source>“%1” opened, but %n of its snapshots cannot be read, restored or compared. They are kept in the file as they are.</source>
        <translation>
            <numerusform>«%1» открыт, но %n его снимок нельзя прочитать, восстановить или сравнить. Он сохраняется в файле как есть.</numerusform>
            <numerusform>«%1» открыт, но %n его снимка нельзя прочитать, восстановить или сравнить. Они сохраняются в файле как есть.</numerusform>
            <numerusform>«%1» открыт, но %n его снимков нельзя прочитать, восстановить или сравнить. Они сохраняются в файле как есть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="97"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="28"/>
        <source>New Map from Template</source>
        <translation>Новая карта из шаблона</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="39"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="45"/>
        <source>&amp;Language of the map:</source>
        <translation>&amp;Язык карты:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="50"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="37"/>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="49"/>
        <source>&amp;Add persona</source>
        <translation>&amp;Добавить персону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="50"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="63"/>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="64"/>
        <source>&amp;Colour:</source>
        <translation>Цв&amp;ет:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="65"/>
        <source>&amp;Marker:</source>
        <translation>&amp;Маркер:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="72"/>
        <source>Rename persona</source>
        <translation>переименование персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="74"/>
        <source>Change persona description</source>
        <translation>изменение описания персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="77"/>
        <source>Change persona colour</source>
        <translation>смену цвета персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="80"/>
        <source>Change persona marker</source>
        <translation>смену маркера персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="119"/>
        <source>Untick to hide this persona&apos;s curve on the canvas</source>
        <translation>Снимите флажок, чтобы скрыть кривую этой персоны на холсте</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="159"/>
        <source>Add persona</source>
        <translation>добавление персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="171"/>
        <source>Delete persona</source>
        <translation>удаление персоны</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="29"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="34"/>
        <source>A new language takes effect after you restart JourneyMapper.</source>
        <translation>Новый язык вступит в силу после перезапуска JourneyMapper.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="38"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="23"/>
        <source>a map that was never saved</source>
        <translation>ещё не сохранялся</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="25"/>
        <source>JourneyMapper closed unexpectedly while “%1” had unsaved changes (from %2, autosaved at %3).

Restore the autosaved copy?</source>
        <translation>JourneyMapper неожиданно закрылся, когда в «%1» были несохранённые изменения (файл: %2; автосохранено %3).

Восстановить автосохранённую копию?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="35"/>
        <source>Restore unsaved changes</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>Replaces</name>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="49"/>
        <source>snapshot “%1”</source>
        <translation>снимок «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="64"/>
        <source>Replaces</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="66"/>
        <source>The as-is cards this to-be card replaces:</source>
        <translation>Карточки «как есть», которые заменяет эта карточка «как должно быть»:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="104"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="112"/>
        <source>nothing (a new card or an as-is card)</source>
        <translation>ничего (новая карточка или карточка «как есть»)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="120"/>
        <source>cards of earlier versions: %1</source>
        <translation>карточек из прежних версий: %1</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="34"/>
        <source>L&amp;owest value:</source>
        <translation>&amp;Минимум:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="35"/>
        <source>&amp;Highest value:</source>
        <translation>Ма&amp;ксимум:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="45"/>
        <source>&amp;Rescale existing emotion values to the new range</source>
        <translation>&amp;Пересчитать имеющиеся оценки эмоций в соответствии с новым диапазоном</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="49"/>
        <source>Without rescaling, a range that leaves values outside it is refused.</source>
        <translation>Без пересчёта нельзя задать диапазон, за пределами которого остаются значения.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Add the next card in the same stage and type its name</source>
        <translation>Добавить следующую карточку на этом этапе и ввести её название</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Go to the next / previous stage</source>
        <translation>Перейти к следующему / предыдущему этапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="27"/>
        <source>Rename the selected card, note or stage</source>
        <translation>Переименовать выделенную карточку, заметку или этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Move the selected cards</source>
        <translation>Переместить выделенные карточки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Arrow keys</source>
        <translation>Клавиши со стрелками</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="29"/>
        <source>Choose whose emotion curve a click sets</source>
        <translation>Выбрать, чью кривую эмоций задаёт щелчок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Add a card</source>
        <translation>Добавить карточку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Double-click the Touchpoints lane</source>
        <translation>Двойной щелчок на дорожке «Точки контакта»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Set an emotion</source>
        <translation>Задать эмоцию</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Click the Emotions lane above or below a card</source>
        <translation>Щелчок на дорожке «Эмоции» над карточкой или под ней</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Zoom around the pointer</source>
        <translation>Масштаб вокруг указателя</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+колесо мыши</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Pan</source>
        <translation>Прокрутка карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Space+drag, middle button, wheel</source>
        <translation>Пробел+перетаскивание, средняя кнопка, колесо мыши</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Cancel a drag or an edit</source>
        <translation>Отменить перетаскивание или правку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="86"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="90"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="25"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="26"/>
        <source>&amp;Description:</source>
        <translation>Опи&amp;сание:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="27"/>
        <source>&amp;Colour:</source>
        <translation>Цв&amp;ет:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="28"/>
        <source>Rename stage</source>
        <translation>переименование этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="29"/>
        <source>Change stage goal</source>
        <translation>изменение цели этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="30"/>
        <source>Change stage description</source>
        <translation>изменение описания этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="31"/>
        <source>Change stage colour</source>
        <translation>смену цвета этапа</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="37"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="108"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="201"/>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="202"/>
        <source>Stopwatch</source>
        <translation>Секундомер</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="206"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="207"/>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="251"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="208"/>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="209"/>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="210"/>
        <source>Sound at the end</source>
        <translation>Звук в конце</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="247"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="249"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="25"/>
        <source>&amp;Physical (not digital)</source>
        <translation>О&amp;флайн (не цифровая)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="32"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="37"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="38"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="40"/>
        <source>&amp;What happens:</source>
        <translation>&amp;Что происходит:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="41"/>
        <source>Customer nee&amp;d:</source>
        <translation>&amp;Потребность клиента:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="42"/>
        <source>&amp;Tools we use:</source>
        <translation>На&amp;ши инструменты:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="43"/>
        <source>&amp;Owner team:</source>
        <translation>&amp;Ответственная команда:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="44"/>
        <source>E&amp;vidence:</source>
        <translation>Обо&amp;снование:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="45"/>
        <source>&amp;Image:</source>
        <translation>Изо&amp;бражение:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="49"/>
        <source>Change replaced cards</source>
        <translation>изменение заменяемых карточек</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="51"/>
        <source>Replaces:</source>
        <translation>Заменяет:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="52"/>
        <source>Rename touchpoint</source>
        <translation>переименование точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="53"/>
        <source>Change channel</source>
        <translation>смену канала</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="54"/>
        <source>Change physical or digital</source>
        <translation>смену «офлайн / цифровая»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="55"/>
        <source>Edit what happens</source>
        <translation>правку «что происходит»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="56"/>
        <source>Edit customer need</source>
        <translation>правку потребности клиента</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="57"/>
        <source>Edit tools</source>
        <translation>правку инструментов</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="58"/>
        <source>Change owner team</source>
        <translation>смену ответственной команды</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="59"/>
        <source>Change evidence</source>
        <translation>изменение обоснования</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="60"/>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="94"/>
        <source>Change image</source>
        <translation>смену изображения</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="69"/>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="88"/>
        <source>Choose an image</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.webp);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.webp);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../journeymapper/commands/names.py" line="21"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="55"/>
        <source>Add stage %1</source>
        <translation>добавление этапа %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="56"/>
        <source>Add lane %1</source>
        <translation>добавление дорожки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="57"/>
        <source>Add persona %1</source>
        <translation>добавление персоны %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="58"/>
        <source>Add card %1</source>
        <translation>добавление карточки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="59"/>
        <source>Add flow</source>
        <translation>добавление перехода</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add pain point %1</source>
        <translation>добавление болевой точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add opportunity %1</source>
        <translation>добавление возможности %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="61"/>
        <source>Add view %1</source>
        <translation>добавление представления %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete items</source>
        <translation>удаление элементов</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>удаление %n элемента</numerusform>
            <numerusform>удаление %n элементов</numerusform>
            <numerusform>удаление %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="73"/>
        <source>Delete stage %1</source>
        <translation>удаление этапа %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="74"/>
        <source>Delete lane %1</source>
        <translation>удаление дорожки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="75"/>
        <source>Delete persona %1</source>
        <translation>удаление персоны %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="76"/>
        <source>Delete card %1</source>
        <translation>удаление карточки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="77"/>
        <source>Delete flow %1</source>
        <translation>удаление перехода %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="78"/>
        <source>Delete pain point %1</source>
        <translation>удаление болевой точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="79"/>
        <source>Delete opportunity %1</source>
        <translation>удаление возможности %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="80"/>
        <source>Delete view %1</source>
        <translation>удаление представления %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="82"/>
        <source>Delete %1</source>
        <translation>удаление %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="90"/>
        <source>Rename stage %1</source>
        <translation>переименование этапа %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="91"/>
        <source>Rename lane %1</source>
        <translation>переименование дорожки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="92"/>
        <source>Rename persona %1</source>
        <translation>переименование персоны %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="93"/>
        <source>Rename card %1</source>
        <translation>переименование карточки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="94"/>
        <source>Rename view %1</source>
        <translation>переименование представления %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="98"/>
        <source>Edit pain point text %1</source>
        <translation>изменение текста болевой точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="99"/>
        <source>Edit opportunity text %1</source>
        <translation>изменение текста возможности %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="103"/>
        <source>Edit stage %1</source>
        <translation>изменение этапа %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="104"/>
        <source>Edit lane %1</source>
        <translation>изменение дорожки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="105"/>
        <source>Edit persona %1</source>
        <translation>изменение персоны %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="106"/>
        <source>Edit card %1</source>
        <translation>изменение карточки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="107"/>
        <source>Edit flow %1</source>
        <translation>изменение перехода %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="108"/>
        <source>Edit pain point %1</source>
        <translation>изменение болевой точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="109"/>
        <source>Edit opportunity %1</source>
        <translation>изменение возможности %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="110"/>
        <source>Edit view %1</source>
        <translation>изменение представления %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="112"/>
        <source>Edit %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="124"/>
        <source>Move stage %1</source>
        <translation>перемещение этапа %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="125"/>
        <source>Move lane %1</source>
        <translation>перемещение дорожки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="126"/>
        <source>Move persona %1</source>
        <translation>перемещение персоны %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="127"/>
        <source>Move view %1</source>
        <translation>перемещение представления %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="129"/>
        <source>Move %1</source>
        <translation>перемещение %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/entities.py" line="197"/>
        <source>Move card</source>
        <translation>перемещение карточки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/entities.py" line="199"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>перемещение %n карточки</numerusform>
            <numerusform>перемещение %n карточек</numerusform>
            <numerusform>перемещение %n карточек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste_fragment.py" line="43"/>
        <source>Paste</source>
        <translation>вставку</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="20"/>
        <source>Edit %1 at %2</source>
        <translation>изменение ячейки %1 на этапе %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="55"/>
        <source>Set emotion of %1 at %2</source>
        <translation>изменение эмоции (%1) в точке %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="87"/>
        <source>Set a metric of %1</source>
        <translation>изменение метрики %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Lock the map</source>
        <translation>блокировку карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Unlock the map</source>
        <translation>разблокировку карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="136"/>
        <source>Rename map</source>
        <translation>переименование карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="137"/>
        <source>Change map description</source>
        <translation>изменение описания карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="138"/>
        <source>Change map language</source>
        <translation>смену языка карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="139"/>
        <source>Change map author</source>
        <translation>смену автора карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="141"/>
        <source>Change map setting</source>
        <translation>изменение параметра карты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="161"/>
        <source>Change emotion scale</source>
        <translation>изменение шкалы эмоций</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="21"/>
        <source>Start voting round</source>
        <translation>начало голосования</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="21"/>
        <source>Clear voting round</source>
        <translation>сброс голосования</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="77"/>
        <source>Reveal votes</source>
        <translation>показ голосов</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="79"/>
        <source>End voting round</source>
        <translation>завершение голосования</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="80"/>
        <source>Change voting round</source>
        <translation>изменение голосования</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste_rows.py" line="86"/>
        <source>Paste text</source>
        <translation>вставку текста</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/restore.py" line="20"/>
        <source>Restore snapshot</source>
        <translation>восстановление снимка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="14"/>
        <source>Room ratings</source>
        <translation>оценки комнаты</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="42"/>
        <source>Clear room ratings</source>
        <translation>сброс оценок комнаты</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="44"/>
        <source>Compare: %1 → %2</source>
        <translation>Сравнение: %1 → %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="63"/>
        <source>Save Picture…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="71"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Изображение PNG (*.png);;Рисунок SVG (*.svg);;Веб-страница (*.html)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="73"/>
        <source>Save Picture</source>
        <translation>Сохранить изображение</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="55"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="61"/>
        <source>&amp;Take Snapshot…</source>
        <translation>Сделать сни&amp;мок…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="63"/>
        <source>Co&amp;mpare with…</source>
        <translation>С&amp;равнить с…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="65"/>
        <source>Compare As-Is with &amp;To-Be</source>
        <translation>Сравнить «как &amp;есть» с «как должно быть»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="181"/>
        <source>Delete snapshot</source>
        <translation>Удалить снимок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="182"/>
        <source>Delete the snapshot “%1” from the map&apos;s history? Edit ▸ Undo brings it back; once the map is saved, it is gone from the file.</source>
        <translation>Удалить снимок «%1» из истории карты? «Правка ▸ Отменить» вернёт его; после сохранения карты он исчезнет из файла.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="189"/>
        <source>Delete snapshot “%1”</source>
        <translation>удаление снимка «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="191"/>
        <source>Snapshot deleted: %1</source>
        <translation>Снимок удалён: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="119"/>
        <source>Snapshot taken: %1</source>
        <translation>Снимок сделан: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="151"/>
        <source>Restore snapshot</source>
        <translation>Восстановить снимок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="152"/>
        <source>Restore the map as it was at “%1”? The current map is kept as a snapshot first, and Edit ▸ Undo brings it back.</source>
        <translation>Восстановить карту в состоянии «%1»? Сначала текущая карта сохраняется как снимок, а «Правка ▸ Отменить» вернёт её.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="167"/>
        <source>Restore “%1”</source>
        <translation>восстановление «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="206"/>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="207"/>
        <source>Journey maps (*.jmap);;PNG images with a map inside (*.png)</source>
        <translation>Карты пути клиента (*.jmap);;Изображения PNG с картой внутри (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="36"/>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="37"/>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="38"/>
        <source>Workshop start</source>
        <translation>Начало воркшопа</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="39"/>
        <source>Workshop end</source>
        <translation>Конец воркшопа</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="40"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="61"/>
        <source>%1 stages, %2 cards, %3 pains</source>
        <translation>этапов: %1, карточек: %2, болевых точек: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="73"/>
        <source>Take Snapshot</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="75"/>
        <source>Label (for example “post-workshop baseline”):</source>
        <translation>Подпись (например, «база после воркшопа»):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="79"/>
        <source>This is the version shared with stakeholders</source>
        <translation>Эта версия передана заинтересованным сторонам</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="116"/>
        <source>No snapshots yet. File ▸ Take Snapshot… keeps this version.</source>
        <translation>Снимков пока нет. «Файл ▸ Сделать снимок…» сохранит эту версию.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="120"/>
        <source>Take Snapshot…</source>
        <translation>Сделать снимок…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="121"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="122"/>
        <source>Compare with Current</source>
        <translation>Сравнить с текущей</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="123"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="124"/>
        <source>Delete the chosen snapshot from the map&apos;s history (Del)</source>
        <translation>Удалить выбранный снимок из истории карты (Del)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="160"/>
        <source>Damaged: %1</source>
        <translation>Повреждён: %1</translation>
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="126"/>
        <source>Delete stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="161"/>
        <source>Emotions: drawing the to-be curve of %1</source>
        <translation>Эмоции: рисуется кривая «как должно быть» для персоны %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="163"/>
        <source>Emotions: drawing the as-is curve of %1</source>
        <translation>Эмоции: рисуется кривая «как есть» для персоны %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="317"/>
        <source>Add a stage before pasting cards</source>
        <translation>Сначала добавьте этап, затем вставляйте карточки</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="21"/>
        <source>Main path</source>
        <translation>Основной путь</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="22"/>
        <source>Alternate path</source>
        <translation>Альтернативный путь</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="23"/>
        <source>Shortcut</source>
        <translation>Короткий путь</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="24"/>
        <source>Going back</source>
        <translation>Возврат назад</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="25"/>
        <source>Exit (abandon)</source>
        <translation>Отказ (клиент покидает путь)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="38"/>
        <source>Change flow kind</source>
        <translation>смену типа перехода</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="42"/>
        <source>Delete flow</source>
        <translation>Удалить переход</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="59"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="60"/>
        <source>Add card after</source>
        <translation>Добавить карточку после этой</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="63"/>
        <source>Add pain point</source>
        <translation>Добавить болевую точку</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="66"/>
        <source>Add opportunity</source>
        <translation>Добавить возможность</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="69"/>
        <source>Add exit (abandon here)</source>
        <translation>Добавить отказ (клиент покидает путь здесь)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="81"/>
        <location filename="../journeymapper/scene/context_menus.py" line="161"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="90"/>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="97"/>
        <source>To be</source>
        <translation>Как должно быть</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="97"/>
        <source>As is</source>
        <translation>Как есть</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="115"/>
        <source>Rename stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="116"/>
        <source>Add stage before</source>
        <translation>Добавить этап перед этим</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="119"/>
        <source>Add stage after</source>
        <translation>Добавить этап после этого</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="122"/>
        <location filename="../journeymapper/scene/context_menus.py" line="132"/>
        <source>Add card</source>
        <translation>Добавить карточку</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="158"/>
        <source>Edit text</source>
        <translation>Изменить текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="165"/>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/actions.py" line="42"/>
        <source>The map structure is locked: stages, lanes and card positions stay put (Ctrl+L unlocks)</source>
        <translation>Структура карты заблокирована: этапы, дорожки и положение карточек не меняются (Ctrl+L снимает блокировку)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/actions.py" line="124"/>
        <location filename="../journeymapper/scene/actions.py" line="151"/>
        <source>Not changed: it was deleted meanwhile by a co-editor</source>
        <translation>Не изменено: тем временем это удалил соредактор</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="31"/>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>&amp;Lock Structure</source>
        <translation>&amp;Заблокировать структуру</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="35"/>
        <source>Lock stages, lanes and card positions; cards, notes and votes can still be added</source>
        <translation>Заблокировать этапы, дорожки и положение карточек; добавлять карточки, заметки и голоса по-прежнему можно</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="47"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="55"/>
        <source>The map structure is locked (Ctrl+L unlocks it)</source>
        <translation>Структура карты заблокирована (Ctrl+L — разблокировать)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>Un&amp;lock Structure</source>
        <translation>&amp;Разблокировать структуру</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="98"/>
        <source>The map structure is locked: unlock it (Ctrl+L) to %1</source>
        <translation>Структура карты заблокирована: снимите блокировку (Ctrl+L), чтобы %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="100"/>
        <source>add stages</source>
        <translation>добавлять этапы</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="101"/>
        <source>add lanes</source>
        <translation>добавлять дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="84"/>
        <source>Who said it (optional)</source>
        <translation>Кто это сказал (необязательно)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="86"/>
        <source>Type a card and press Enter</source>
        <translation>Введите текст карточки и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="90"/>
        <source>Enter adds the card · Shift+Enter new line · Tab / Shift+Tab next or previous stage · Ctrl+Up/Down who said it · Esc ends</source>
        <translation>Enter — добавить карточку · Shift+Enter — новая строка · Tab / Shift+Tab — следующий или предыдущий этап · Ctrl+Вверх/Вниз — кто сказал · Esc — завершить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="99"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="210"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Этап %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="213"/>
        <source>No stage to add cards to</source>
        <translation>Нет этапа, куда добавить карточки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/quick_capture.py" line="214"/>
        <source>%n card(s) added</source>
        <translation>
            <numerusform>Добавлена %n карточка</numerusform>
            <numerusform>Добавлено %n карточки</numerusform>
            <numerusform>Добавлено %n карточек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="41"/>
        <source>Saved views</source>
        <translation>Сохранённые представления</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="43"/>
        <source>Save what the canvas shows now as a view</source>
        <translation>Сохранить то, что сейчас на холсте, как представление</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="44"/>
        <source>Re&amp;name</source>
        <translation>Пере&amp;именовать</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="45"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="46"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="47"/>
        <source>Show this view on the canvas</source>
        <translation>Показать это представление на холсте</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="48"/>
        <source>Show A&amp;ll</source>
        <translation>Показать &amp;всё</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="53"/>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="54"/>
        <source>Lanes</source>
        <translation>Дорожки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="55"/>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="107"/>
        <source>View %1</source>
        <translation>Представление %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="124"/>
        <source>Rename view</source>
        <translation>переименование представления</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="132"/>
        <source>Delete view</source>
        <translation>удаление представления</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="140"/>
        <source>Change view</source>
        <translation>изменение представления</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="220"/>
        <source>The canvas shows the whole map.</source>
        <translation>На холсте вся карта.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="223"/>
        <source>The canvas shows the view “%1”.</source>
        <translation>На холсте представление «%1».</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/vote_canvas.py" line="86"/>
        <source>Choose who is voting first</source>
        <translation>Сначала выберите, кто голосует</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="25"/>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="26"/>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="27"/>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="38"/>
        <source>Start a voting round</source>
        <translation>Начать голосование</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="40"/>
        <source>One name per line</source>
        <translation>По одному имени в строке</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="52"/>
        <source>Hide the votes until they are revealed</source>
        <translation>Скрывать голоса до показа</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="56"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="37"/>
        <source>Collect notes</source>
        <translation>Сбор заметок</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="38"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="39"/>
        <source>Rate the stages</source>
        <translation>Оценка этапов</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="40"/>
        <source>Everything at once</source>
        <translation>Всё сразу</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="41"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="69"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="79"/>
        <source>&amp;Lock the room to new people</source>
        <translation>&amp;Не впускать новых участников</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="84"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="97"/>
        <source>What people can do</source>
        <translation>Что могут участники</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="102"/>
        <source>Open stages</source>
        <translation>Открытые этапы</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="104"/>
        <source>Notes may also be pain points and opportunities</source>
        <translation>Заметки могут быть и болевыми точками, и возможностями</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="105"/>
        <source>Show results on the phones</source>
        <translation>Показывать результаты на телефонах</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="111"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="48"/>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="113"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Фаза:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="114"/>
        <source>Open stages:</source>
        <translation>Открытые этапы:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="117"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="57"/>
        <source>&amp;Dots each:</source>
        <translation>&amp;Точек на каждого:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="118"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="58"/>
        <source>Dots per &amp;item at most:</source>
        <translation>Не больше точек на &amp;пункт:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="119"/>
        <source>Clear the Room&apos;s &amp;Ratings</source>
        <translation>Сбросить оц&amp;енки комнаты</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="120"/>
        <source>Start the crowd emotion curve afresh (can be undone)</source>
        <translation>Начать кривую эмоций комнаты заново (можно отменить)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="135"/>
        <source>Moderation</source>
        <translation>Модерация</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="136"/>
        <source>Notes wait for &amp;approval</source>
        <translation>Заметки ждут одо&amp;брения</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="138"/>
        <source>Notes waiting for approval</source>
        <translation>Заметки, ожидающие одобрения</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="140"/>
        <source>Appro&amp;ve</source>
        <translation>О&amp;добрить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="141"/>
        <source>Re&amp;ject</source>
        <translation>Отк&amp;лонить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="146"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="143"/>
        <source>Notes from the room</source>
        <translation>Заметки из комнаты</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="145"/>
        <source>&amp;Hide from Phones</source>
        <translation>&amp;Скрыть с телефонов</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="154"/>
        <source>Notes from the room:</source>
        <translation>Заметки из комнаты:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="181"/>
        <source>The room cannot listen on %1: %2</source>
        <translation>Комната не может принимать подключения на %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="228"/>
        <source>Delete note from the room</source>
        <translation>Удалить заметку из комнаты</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="249"/>
        <source>&amp;Close Room</source>
        <translation>&amp;Закрыть комнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="249"/>
        <source>&amp;Open Room</source>
        <translation>&amp;Открыть комнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="261"/>
        <source>The room is closed. Opening it lets people on this network join from their phones.</source>
        <translation>Комната закрыта. Когда она открыта, участники в этой сети могут подключиться со своих телефонов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_panel.py" line="265"/>
        <source>Open at %1 · code %2 · %n joined</source>
        <translation>
            <numerusform>Открыта на %1 · код %2 · подключился %n участник</numerusform>
            <numerusform>Открыта на %1 · код %2 · подключились %n участника</numerusform>
            <numerusform>Открыта на %1 · код %2 · подключились %n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="268"/>
        <source>Link for a second screen that only watches: %1</source>
        <translation>Ссылка для второго экрана, который только показывает: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="62"/>
        <source>Vote on:</source>
        <translation>Предмет голосования:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="44"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="45"/>
        <location filename="../journeymapper/workshop/voting_dock.py" line="47"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="49"/>
        <source>&amp;Start…</source>
        <translation>&amp;Начать…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="50"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="51"/>
        <source>&amp;End</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="52"/>
        <source>C&amp;lear</source>
        <translation>&amp;Сбросить</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="57"/>
        <source>Click a card to give it a dot; Shift+click or right-click takes it back. Alt+Left/Right or Alt+1…9 switch who is voting.</source>
        <translation>Щелчок по карточке ставит точку; Shift+щелчок или правая кнопка снимает её. Alt+Влево/Вправо или Alt+1…9 меняют голосующего.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="167"/>
        <source>No voting round. Start one to let the room vote with dots.</source>
        <translation>Голосования нет. Начните его, чтобы участники проголосовали точками.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="170"/>
        <source>Voting on: %1</source>
        <translation>Предмет голосования: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="170"/>
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>по %n точке</numerusform>
            <numerusform>по %n точки</numerusform>
            <numerusform>по %n точек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="171"/>
        <source>votes hidden</source>
        <translation>голоса скрыты</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="171"/>
        <source>votes shown</source>
        <translation>голоса видны</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="173"/>
        <source>round ended</source>
        <translation>голосование завершено</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="191"/>
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>осталась %n точка</numerusform>
            <numerusform>осталось %n точки</numerusform>
            <numerusform>осталось %n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="219"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="25"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="38"/>
        <source>Drop-off along the main path</source>
        <translation>Отказы на основном пути</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="60"/>
        <source>(−%1%)</source>
        <translation>(−%1%)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="54"/>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="55"/>
        <source>Saved Views</source>
        <translation>Сохранённые представления</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="56"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="37"/>
        <source>Insights</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="57"/>
        <source>Quick Capture</source>
        <translation>Быстрый ввод</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="58"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="59"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="67"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="181"/>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="131"/>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="135"/>
        <source>&amp;Present</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="137"/>
        <source>Start &amp;Voting…</source>
        <translation>Начать &amp;голосование…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="138"/>
        <source>&amp;Reveal Votes</source>
        <translation>По&amp;казать голоса</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="139"/>
        <source>&amp;End Voting Round</source>
        <translation>Зав&amp;ершить голосование</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="140"/>
        <source>&amp;Clear Voting Round</source>
        <translation>Сбр&amp;осить голосование</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="142"/>
        <source>&amp;Next Participant</source>
        <translation>&amp;Следующий участник</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="145"/>
        <source>Prev&amp;ious Participant</source>
        <translation>П&amp;редыдущий участник</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="149"/>
        <source>Participant %1</source>
        <translation>Участник %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="156"/>
        <source>&amp;Quick Capture</source>
        <translation>&amp;Быстрый ввод</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="159"/>
        <source>Start/Pa&amp;use Timer</source>
        <translation>Запустить/приостановить &amp;таймер</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="161"/>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Добавить минуту</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="162"/>
        <source>&amp;Open or Close Room</source>
        <translation>&amp;Открыть или закрыть комнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="163"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="75"/>
        <source>Show &amp;QR Code</source>
        <translation>Показать QR-&amp;код</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="166"/>
        <source>&amp;Workshop</source>
        <translation>Во&amp;ркшоп</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="175"/>
        <source>Roo&amp;m</source>
        <translation>Ко&amp;мната</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="72"/>
        <source>Dead ends</source>
        <translation>Тупики</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="73"/>
        <source>Unreachable touchpoints</source>
        <translation>Недостижимые точки контакта</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="93"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="106"/>
        <source>Worst pain points</source>
        <translation>Самые острые болевые точки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/insights_dock.py" line="109"/>
        <source>severity %1, %n vote(s)</source>
        <translation>
            <numerusform>важность %1, %n голос</numerusform>
            <numerusform>важность %1, %n голоса</numerusform>
            <numerusform>важность %1, %n голосов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="115"/>
        <source>Lowest moments</source>
        <translation>Худшие моменты</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="131"/>
        <source>Gap between as-is and to-be</source>
        <translation>Разрыв между «как есть» и «как должно быть»</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/presentation.py" line="143"/>
        <source>%1 — presentation</source>
        <translation>%1 — презентация</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/ranking_overlay.py" line="72"/>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_link.py" line="221"/>
        <source>Note from the room</source>
        <translation>Заметка из комнаты</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="33"/>
        <source>QR code to join the room</source>
        <translation>QR-код для входа в комнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="65"/>
        <source>Join the room</source>
        <translation>Войдите в комнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="68"/>
        <source>Scan to join</source>
        <translation>Отсканируйте, чтобы присоединиться</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="81"/>
        <source>Room code</source>
        <translation>Код комнаты</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="93"/>
        <source>Code: %1</source>
        <translation>Код: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="94"/>
        <source>or open %1 and type the code</source>
        <translation>или откройте %1 и введите код</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_qr.py" line="95"/>
        <source>%n joined</source>
        <translation>
            <numerusform>Подключился %n участник</numerusform>
            <numerusform>Подключились %n участника</numerusform>
            <numerusform>Подключились %n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="37"/>
        <source>The host stopped sharing this map.</source>
        <translation>Компьютер с общей картой завершил совместную работу над этой картой.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="39"/>
        <source>The host already has as many co-editors as it takes.</source>
        <translation>Компьютер с общей картой уже принял наибольшее число соредакторов.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="41"/>
        <source>Too many wrong codes from this desktop: wait a minute and try again.</source>
        <translation>С этого компьютера введено слишком много неверных кодов: подождите минуту и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="42"/>
        <source>The host did not accept the pairing code. Check it against the host&apos;s screen (a new code is made each time sharing starts).</source>
        <translation>Компьютер с общей картой не принял код подключения. Сверьте его с экраном этого компьютера (при каждом открытии доступа создаётся новый код).</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="64"/>
        <source>&amp;Share for Co-editing…</source>
        <translation>Открыть для со&amp;вместного редактирования…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="66"/>
        <source>&amp;Join a Shared Map…</source>
        <translation>Подк&amp;лючиться к общей карте…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="86"/>
        <source>The pairing code is not shown while a presentation or the room&apos;s QR window is open.</source>
        <translation>Код подключения не показывается, пока идёт презентация или открыто окно с QR-кодом комнаты.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="114"/>
        <source>Sharing cannot listen on %1: %2</source>
        <translation>Общий доступ не может принимать подключения на %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="187"/>
        <source>No answer from %1. Check the address, and that the host still shares the map on this network.</source>
        <translation>%1 не отвечает. Проверьте адрес и то, что компьютер с общей картой всё ещё открывает к ней доступ в этой сети.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="218"/>
        <source>Sharing ended: another map is open in this window.</source>
        <translation>Общий доступ закрыт: в этом окне открыта другая карта.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="219"/>
        <source>You left the shared map.</source>
        <translation>Вы отключились от общей карты.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="251"/>
        <source>Back in touch with the host: changes merged.</source>
        <translation>Связь с компьютером с общей картой восстановлена: изменения объединены.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="256"/>
        <source>Co-editing</source>
        <translation>Совместное редактирование</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="259"/>
        <source>The map stays open here as a local copy: use Save As to keep it.</source>
        <translation>Карта остаётся открытой здесь как локальная копия: чтобы сохранить её, выберите «Сохранить как…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/coedit_control.py" line="268"/>
        <source>Shared · %n co-editor(s)</source>
        <translation>
            <numerusform>Общий доступ · соредакторов: %n</numerusform>
            <numerusform>Общий доступ · соредакторов: %n</numerusform>
            <numerusform>Общий доступ · соредакторов: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="270"/>
        <source>Connection to %1 lost: keep editing, your changes merge when it is back</source>
        <translation>Связь с %1 потеряна: продолжайте работу, изменения объединятся, когда она восстановится</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="273"/>
        <location filename="../journeymapper/workshop/join_dialog.py" line="112"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="274"/>
        <source>Co-editing with %1</source>
        <translation>Совместное редактирование с %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="35"/>
        <source>Paste the link from the host&apos;s screen, or type its address.</source>
        <translation>Вставьте ссылку с экрана компьютера с общей картой или введите его адрес.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="44"/>
        <source>This is not a co-editing link. It looks like http://192.168.1.5:8471/coedit#code.</source>
        <translation>Это не ссылка для совместного редактирования. Она выглядит так: http://192.168.1.5:8471/coedit#код.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="47"/>
        <source>The address needs the host&apos;s number and port, like 192.168.1.5:8471.</source>
        <translation>В адресе нужны IP-адрес компьютера с общей картой и порт, например 192.168.1.5:8471.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="51"/>
        <source>Type the pairing code shown on the host&apos;s screen.</source>
        <translation>Введите код подключения с экрана компьютера с общей картой.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="53"/>
        <source>The pairing code is incomplete: check it against the host&apos;s screen.</source>
        <translation>Код подключения неполный: сверьте его с экраном компьютера с общей картой.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="58"/>
        <source>The address must be the host&apos;s IP address, like 192.168.1.5:8471.</source>
        <translation>Адрес должен быть IP-адресом компьютера с общей картой, например 192.168.1.5:8471.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="71"/>
        <source>Join a Shared Map</source>
        <translation>Подключение к общей карте</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="73"/>
        <source>Paste the link shown by Share for Co-editing on the host&apos;s screen, or type the host&apos;s address and the pairing code. The shared map opens in a new window.</source>
        <translation>Вставьте ссылку, которую показывает окно «Открыть для совместного редактирования» на компьютере с общей картой, или введите его адрес и код подключения. Общая карта откроется в новом окне.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="82"/>
        <source>not needed when the link has it</source>
        <translation>не нужен, если он есть в ссылке</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="83"/>
        <source>&amp;Link or address:</source>
        <translation>&amp;Ссылка или адрес:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="85"/>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Код подключения:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="93"/>
        <source>&amp;Join</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="51"/>
        <source>Share for Co-editing</source>
        <translation>Открыть для совместного редактирования</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="55"/>
        <source>Co-facilitators on this network can edit this map with you, live. Give them the link, or the address and the pairing code. Keep this window off the projector: whoever has the code can edit the map.</source>
        <translation>Соведущие в этой сети могут редактировать эту карту вместе с вами в реальном времени. Дайте им ссылку или адрес и код подключения. Не выводите это окно на проектор: любой, у кого есть код, может изменять карту.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="66"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="71"/>
        <source>&amp;Network address:</source>
        <translation>&amp;Сетевой адрес:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="75"/>
        <source>QR code of the co-editing link</source>
        <translation>QR-код ссылки для совместного редактирования</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="79"/>
        <source>Co-editing link</source>
        <translation>Ссылка для совместного редактирования</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="80"/>
        <source>Copy &amp;Link</source>
        <translation>Копировать сс&amp;ылку</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="85"/>
        <source>Pairing code:</source>
        <translation>Код подключения:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="88"/>
        <source>Pairing code</source>
        <translation>Код подключения</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="152"/>
        <source>S&amp;top Sharing</source>
        <translation>&amp;Закрыть доступ</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="152"/>
        <source>&amp;Start Sharing</source>
        <translation>&amp;Открыть доступ</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="159"/>
        <source>Not shared. Start sharing to get a link and a code.</source>
        <translation>Доступ не открыт. Откройте доступ, чтобы получить ссылку и код.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="170"/>
        <source>Address for joining: %1</source>
        <translation>Адрес для подключения: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/share_dialog.py" line="172"/>
        <source>%n co-editor(s) connected</source>
        <translation>
            <numerusform>Подключено соредакторов: %n</numerusform>
            <numerusform>Подключено соредакторов: %n</numerusform>
            <numerusform>Подключено соредакторов: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
