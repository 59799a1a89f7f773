<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
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
        <translation>&amp;Важливість (1–5):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="122"/>
        <source>&amp;Owner:</source>
        <translation>Ві&amp;дповідальний:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="123"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="124"/>
        <source>&amp;Votes:</source>
        <translation>&amp;Голоси:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="125"/>
        <source>Change annotation kind</source>
        <translation>зміну типу нотатки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="127"/>
        <source>Change severity</source>
        <translation>зміну важливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="128"/>
        <source>Change owner</source>
        <translation>зміну відповідального</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="129"/>
        <source>Change evidence</source>
        <translation>зміну підстави</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="130"/>
        <source>Change votes</source>
        <translation>зміну голосів</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="146"/>
        <source>← Back to “%1”</source>
        <translation>← Назад до «%1»</translation>
    </message>
</context>
<context>
    <name>AnnotationsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="33"/>
        <source>Pain points and opportunities</source>
        <translation>Больові точки й можливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="42"/>
        <source>&amp;Add pain point</source>
        <translation>Додати больову &amp;точку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="43"/>
        <source>Add oppo&amp;rtunity</source>
        <translation>Додати мо&amp;жливість</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="48"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="49"/>
        <source>De&amp;lete</source>
        <translation>Вида&amp;лити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="66"/>
        <source>%1 · severity %2: %3</source>
        <translation>%1 · важливість %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="100"/>
        <source>Delete annotation</source>
        <translation>видалення нотатки</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../journeymapper/ui/autosave.py" line="64"/>
        <source>Autosave failed: %1</source>
        <translation>Автозбереження не вдалося: %1</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="194"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="198"/>
        <source>Choose a colour</source>
        <translation>Виберіть колір</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="78"/>
        <source>Something went wrong inside JourneyMapper: %1

Your map is still open and can be saved.</source>
        <translation>У JourneyMapper сталася помилка: %1

Карта досі відкрита, її можна зберегти.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="84"/>
        <source>The details are in %1</source>
        <translation>Подробиці — у файлі %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="87"/>
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../journeymapper/ui/document.py" line="82"/>
        <source>shared from %1</source>
        <translation>спільна карта на %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/document.py" line="86"/>
        <source>unsaved</source>
        <translation>не збережена</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../journeymapper/ui/edit_actions.py" line="87"/>
        <source>Add lane</source>
        <translation>додавання доріжки</translation>
    </message>
</context>
<context>
    <name>EmotionsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="22"/>
        <source>Emotions</source>
        <translation>Емоції</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="54"/>
        <source>Add a persona to record emotions.</source>
        <translation>Додайте персону, щоб позначати емоції.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="56"/>
        <source>As is</source>
        <translation>Як є</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="57"/>
        <source>To be</source>
        <translation>Як має бути</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="69"/>
        <source>From %1 to %2; the dash means no value</source>
        <translation>Від %1 до %2; прочерк — немає значення</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="16"/>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1: допустимі значення — %2, а не %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="17"/>
        <source>the id %1 is already used in this map</source>
        <translation>ідентифікатор %1 уже використовується на цій карті</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="18"/>
        <source>nothing with id %1 in this map</source>
        <translation>на цій карті немає об’єкта з ідентифікатором %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="19"/>
        <source>there is no %1 with id %2</source>
        <translation>немає об’єкта «%1» з ідентифікатором %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="20"/>
        <source>unknown map setting %1</source>
        <translation>невідомий параметр карти %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="21"/>
        <source>language must be one of en, ru, uk, lv, not %1</source>
        <translation>мова карти має бути en, ru, uk або lv, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="22"/>
        <source>locked must be true or false</source>
        <translation>блокування може бути лише ввімкнене або вимкнене</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="23"/>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="24"/>
        <source>%1 cannot be changed here</source>
        <translation>%1 тут змінити не можна</translation>
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
        <translation>значення емоцій поза діапазоном %1..%2: %3; перерахуйте або змініть їх</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="30"/>
        <source>cards, flows and notes cannot be reordered this way</source>
        <translation>порядок карток, переходів і нотаток так не змінюється</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="31"/>
        <source>there is no stage %1</source>
        <translation>немає етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="32"/>
        <source>there is already a flow between these two touchpoints</source>
        <translation>між цими точками дотику вже є перехід</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="33"/>
        <source>the map is locked by the facilitator: %1 waits until it is unlocked</source>
        <translation>ведучий заблокував структуру карти: %1 можливе лише після розблокування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="34"/>
        <source>adding a stage</source>
        <translation>додавання етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="35"/>
        <source>adding a lane</source>
        <translation>додавання доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="36"/>
        <source>adding a touchpoint</source>
        <translation>додавання точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="37"/>
        <source>changing a stage</source>
        <translation>зміна етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="38"/>
        <source>changing a lane</source>
        <translation>зміна доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="39"/>
        <source>changing a touchpoint</source>
        <translation>зміна точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="40"/>
        <source>moving a stage</source>
        <translation>переміщення етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="41"/>
        <source>moving a lane</source>
        <translation>переміщення доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="42"/>
        <source>moving a touchpoint</source>
        <translation>переміщення точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="43"/>
        <source>deleting a stage</source>
        <translation>видалення етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="44"/>
        <source>deleting a lane</source>
        <translation>видалення доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="45"/>
        <source>deleting a touchpoint</source>
        <translation>видалення точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="46"/>
        <source>moving a card</source>
        <translation>переміщення картки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="47"/>
        <source>stage</source>
        <translation>етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="48"/>
        <source>lane</source>
        <translation>доріжка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="49"/>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="50"/>
        <source>view</source>
        <translation>подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="51"/>
        <source>touchpoint</source>
        <translation>точка дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="52"/>
        <source>flow</source>
        <translation>перехід</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="53"/>
        <source>annotation</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="54"/>
        <source>there is no persona named %1 in this map (personas: %2)</source>
        <translation>на цій карті немає персони %1 (персони: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="55"/>
        <source>no voting round is running</source>
        <translation>голосування не триває</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="56"/>
        <source>this round does not vote on that kind of item</source>
        <translation>у цьому голосуванні за такі об’єкти не голосують</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="57"/>
        <source>the voting round has ended</source>
        <translation>голосування завершено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="58"/>
        <source>%1 is not a participant of this round</source>
        <translation>%1 не бере участі в цьому голосуванні</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="59"/>
        <source>%1 has used all %2 dots</source>
        <translation>%1 уже використовує всі крапки (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="60"/>
        <source>%1 has no dot on this item to take back</source>
        <translation>%1 не має на цьому об’єкті крапки, яку можна зняти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="61"/>
        <source>a voting round needs named participants</source>
        <translation>для голосування потрібні учасники з іменами</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="62"/>
        <source>participant names must be different</source>
        <translation>імена учасників мають різнитися</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="63"/>
        <source>the budget must be a whole number of dots from 1 to %1</source>
        <translation>кількість крапок на учасника має бути цілим числом від 1 до %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="64"/>
        <source>votes go on %1</source>
        <translation>голосувати можна за: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="65"/>
        <source>refers to an item that does not exist</source>
        <translation>посилається на об’єкт, якого немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="66"/>
        <source>must be a whole number of dots above 0</source>
        <translation>має бути цілим числом крапок, більшим за 0</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="67"/>
        <source>%1 used more than %2 dots</source>
        <translation>%1 використовує більше ніж %2 крапок</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="68"/>
        <source>the cap per item must be a whole number of dots from 1 to %1</source>
        <translation>межа крапок на об’єкт має бути цілим числом від 1 до %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="69"/>
        <source>more than %1 dots on one item</source>
        <translation>більше ніж %1 крапок на одному об’єкті</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="70"/>
        <source>at most %1 dots on one item</source>
        <translation>не більше ніж %1 крапок на один об’єкт</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="72"/>
        <source>must lie on the emotion scale %1..%2</source>
        <translation>має бути на шкалі емоцій %1..%2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="73"/>
        <source>crowd rating %1</source>
        <translation>оцінка кімнати: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="74"/>
        <source>must be text</source>
        <translation>має бути текстом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="75"/>
        <source>must not be empty</source>
        <translation>не може бути порожнім</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="76"/>
        <source>is longer than %1 characters</source>
        <translation>довше ніж %1 символів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="77"/>
        <source>must be a colour like #1f77b4</source>
        <translation>має бути кольором у форматі #1f77b4</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="78"/>
        <source>must be a number</source>
        <translation>має бути числом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="79"/>
        <source>the emotion scale bounds must be whole numbers</source>
        <translation>межі шкали емоцій мають бути цілими числами</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="80"/>
        <source>the emotion scale minimum %1 must be below its maximum %2</source>
        <translation>мінімум шкали емоцій (%1) має бути меншим за максимум (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="81"/>
        <source>the emotion scale may span at most %1 points</source>
        <translation>шкала емоцій може охоплювати не більше ніж %1 пунктів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="82"/>
        <source>label for %1 lies outside the scale %2..%3</source>
        <translation>підпис для %1 поза шкалою %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="83"/>
        <source>%1 is outside the emotion scale %2..%3</source>
        <translation>%1 поза шкалою емоцій %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="84"/>
        <source>metric names must be non-empty text</source>
        <translation>назви показників мають бути непорожнім текстом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="85"/>
        <source>%1 is outside %2..%3</source>
        <translation>%1 поза діапазоном %2..%3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="86"/>
        <source>is not a lane kind</source>
        <translation>не є типом доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="87"/>
        <source>refers to a stage that does not exist</source>
        <translation>посилається на етап, якого немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="88"/>
        <source>refers to stage %1, which does not exist</source>
        <translation>посилається на етап %1, якого немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="89"/>
        <source>refers to persona %1, which does not exist</source>
        <translation>посилається на персону %1, якої немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="90"/>
        <source>refers to touchpoint %1, which does not exist</source>
        <translation>посилається на точку дотику %1, якої немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="91"/>
        <source>only an exit flow may have no target</source>
        <translation>без цілі може бути лише перехід-відмова</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="92"/>
        <source>a flow cannot lead from a touchpoint to itself</source>
        <translation>перехід не може вести з точки дотику до неї самої</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="93"/>
        <source>must be a number from 0 to 100</source>
        <translation>має бути числом від 0 до 100</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="94"/>
        <source>refers to %1, which is neither a touchpoint nor a stage</source>
        <translation>посилається на %1 — це не точка дотику й не етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="95"/>
        <source>must be a whole number from 1 to 5</source>
        <translation>має бути цілим числом від 1 до 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="96"/>
        <source>must be a whole number of at least 0</source>
        <translation>має бути цілим числом, не меншим за 0</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="97"/>
        <source>refers to %1, which does not exist</source>
        <translation>посилається на %1, якого немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="98"/>
        <source>the clipboard does not hold JourneyMapper cards</source>
        <translation>у буфері обміну немає карток JourneyMapper</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="99"/>
        <source>the clipboard does not hold JourneyMapper cards (%1)</source>
        <translation>у буфері обміну немає карток JourneyMapper (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="100"/>
        <source>these cards come from a newer JourneyMapper (v%1)</source>
        <translation>ці картки скопійовано з новішої версії JourneyMapper (v%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="101"/>
        <source>the copied cards are damaged</source>
        <translation>скопійовані картки пошкоджено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="102"/>
        <source>the copied cards are damaged (%1)</source>
        <translation>скопійовані картки пошкоджено (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="103"/>
        <source>row %1, column %2: %3</source>
        <translation>рядок %1, стовпець %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="104"/>
        <source>differs from row %1 for this touchpoint</source>
        <translation>відрізняється від рядка %1 для цієї точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="105"/>
        <source>a %1 needs a touchpoint in this row</source>
        <translation>для «%1» потрібна точка дотику в цьому рядку</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="106"/>
        <source>a note needs a touchpoint in this row</source>
        <translation>для нотатки потрібна точка дотику в цьому рядку</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="107"/>
        <source>%1 is not a channel (use one of %2)</source>
        <translation>%1 — не канал (допустимі: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="108"/>
        <source>%1 differs from %2 in row %3</source>
        <translation>%1 відрізняється від %2 у рядку %3</translation>
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
        <translation>персона %1 уже має значення %2 для цієї точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="111"/>
        <source>%1 at %2</source>
        <translation>%1 (місце: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="112"/>
        <source>(and more problems: %1)</source>
        <translation>(та інші проблеми: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="113"/>
        <source>is empty</source>
        <translation>порожній</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="114"/>
        <source>is a binary file, not a JourneyMapper map</source>
        <translation>двійковий файл, а не карта JourneyMapper</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="115"/>
        <source>is not UTF-8 text (saved in a legacy 8-bit encoding?)</source>
        <translation>не є текстом UTF-8 (збережено в застарілому 8-бітному кодуванні?)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="116"/>
        <source>is not valid JSON: %1</source>
        <translation>не є коректним JSON: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="117"/>
        <source>is nested too deeply to be a map</source>
        <translation>надто глибоко вкладений, щоб бути картою</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="118"/>
        <source>is JSON of type %1, not a JourneyMapper map</source>
        <translation>JSON типу %1, а не карта JourneyMapper</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="119"/>
        <source>is not a JourneyMapper map (no &quot;format&quot;: &quot;journeymapper&quot;)</source>
        <translation>не є картою JourneyMapper (немає &quot;format&quot;: &quot;journeymapper&quot;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="120"/>
        <source>has no valid format_version</source>
        <translation>немає коректної версії формату (format_version)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="121"/>
        <source>cannot be read as a map</source>
        <translation>не читається як карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="122"/>
        <source>unknown problem</source>
        <translation>невідома проблема</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="123"/>
        <source>cannot be opened (%1)</source>
        <translation>не відкривається (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="124"/>
        <source>the id %1 is used more than once</source>
        <translation>ідентифікатор %1 використано більше ніж один раз</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="125"/>
        <source>a second flow between the same two touchpoints</source>
        <translation>другий перехід між тими самими двома точками дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="126"/>
        <source>contains an invalid character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>містить неприпустимий символ (одиночний сурогат UTF-16, наприклад \ud800)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="129"/>
        <source>must be a finite number</source>
        <translation>має бути скінченним числом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="130"/>
        <source>is too large a number (at most %1)</source>
        <translation>завелике число (щонайбільше %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="131"/>
        <source>is nested too deeply (more than %1 levels)</source>
        <translation>надто глибока вкладеність (понад %1 рівнів)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="132"/>
        <source>has a key longer than %1 characters</source>
        <translation>містить ключ, довший за %1 символів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="133"/>
        <source>must be %1</source>
        <translation>має бути: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="134"/>
        <source>%1 or %2</source>
        <translation>%1 або %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="135"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 — не одне зі значень: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="136"/>
        <source>this value is not one of: %1</source>
        <translation>це значення — не одне з: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="137"/>
        <source>must be a colour like #1f77b4 (or empty)</source>
        <translation>має бути кольором у форматі #1f77b4 (або порожнім)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="150"/>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="151"/>
        <source>row %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="152"/>
        <source>row %1, column %2</source>
        <translation>рядок %1, стовпець %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="153"/>
        <source>byte %1</source>
        <translation>байт %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="154"/>
        <source>the embedded map</source>
        <translation>вбудована карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="155"/>
        <source>pasted text</source>
        <translation>вставлений текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="156"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="157"/>
        <source>none</source>
        <translation>немає</translation>
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
        <translation>%1 байтів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="161"/>
        <source>permission denied</source>
        <translation>доступ заборонено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="162"/>
        <source>no such file or folder</source>
        <translation>немає такого файлу чи теки</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="163"/>
        <source>the folder does not exist</source>
        <translation>теки не існує</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="164"/>
        <source>already exists</source>
        <translation>уже існує</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="165"/>
        <source>is a folder, not a file</source>
        <translation>це тека, а не файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="166"/>
        <source>a part of the path is not a folder</source>
        <translation>частина шляху не є текою</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="167"/>
        <source>the file is read-only</source>
        <translation>файл доступний лише для читання</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="168"/>
        <source>the disk is read-only</source>
        <translation>диск доступний лише для читання</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="169"/>
        <source>no space left on the disk</source>
        <translation>на диску не залишилося місця</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="170"/>
        <source>the disk quota is used up</source>
        <translation>дискову квоту вичерпано</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="171"/>
        <source>the file name is too long</source>
        <translation>ім’я файлу задовге</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="172"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>не вдалося прочитати або записати дані на диск (помилка введення-виведення)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="173"/>
        <source>the file is in use by another program</source>
        <translation>файл використовує інша програма</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="174"/>
        <source>the address is already in use</source>
        <translation>адреса вже використовується</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="175"/>
        <source>the address does not belong to this machine</source>
        <translation>адреса не належить цьому комп’ютеру</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="176"/>
        <source>is not a regular file (a device, pipe or socket?)</source>
        <translation>не є звичайним файлом (пристрій, канал чи сокет?)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="177"/>
        <source>is too large (%1 MB; the limit is %2)</source>
        <translation>завеликий (%1 МБ; межа — %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="178"/>
        <source>is too large (the limit is %1)</source>
        <translation>завеликий (межа — %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="179"/>
        <source>no such file</source>
        <translation>файл не знайдено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="180"/>
        <source>cannot be read (%1)</source>
        <translation>не вдається прочитати (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="181"/>
        <source>was written by a newer JourneyMapper (format version %1); this version reads format versions up to %2</source>
        <translation>створений новішою версією JourneyMapper (версія формату %1); ця версія читає формати до версії %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="185"/>
        <source>cannot import this kind of file; use one of %1</source>
        <translation>файли такого типу не імпортуються; використайте один із форматів: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="186"/>
        <source>holds text that is not valid Unicode</source>
        <translation>містить неприпустимі символи Юнікоду</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="187"/>
        <source>would make a map of %1 MB; a map file holds at most %2 MB</source>
        <translation>після імпорту карта займала б %1 МБ; файл карти може мати щонайбільше %2 МБ</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="188"/>
        <source>has more than %1 rows; an import makes at most %1 so the map stays within the file size limit (split the file)</source>
        <translation>містить понад %1 рядків; імпорт створює щонайбільше %1, щоб карта не перевищила граничний розмір файлу (розділіть файл)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="192"/>
        <source>has more than %1 sections and tasks; an import makes at most %1 so the map stays within the file size limit (split the file)</source>
        <translation>містить понад %1 розділів і завдань; імпорт створює щонайбільше %1, щоб карта не перевищила граничний розмір файлу (розділіть файл)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="196"/>
        <source>is not valid UTF-16 text</source>
        <translation>не є коректним текстом UTF-16</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="197"/>
        <source>is not UTF-8 text (a legacy encoding such as Windows-1251 or Windows-1257?); save it as UTF-8, e.g. &apos;CSV UTF-8&apos; in Excel</source>
        <translation>не є текстом UTF-8 (застаріле кодування, наприклад Windows-1251 чи Windows-1257?); збережіть його в UTF-8, наприклад як «CSV UTF-8» в Excel</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="201"/>
        <source>is not valid CSV (%1)</source>
        <translation>не є коректним CSV (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="202"/>
        <source>cannot be read as rows (%1)</source>
        <translation>не вдається прочитати як рядки таблиці (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="203"/>
        <source>a quotation mark is not closed or is followed by other text</source>
        <translation>лапки не закрито або після них іде інший текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="204"/>
        <source>the text ends inside quotation marks</source>
        <translation>текст уривається всередині лапок</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="205"/>
        <source>it holds a NUL character</source>
        <translation>містить символ NUL</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="206"/>
        <source>a cell is longer than %1 characters</source>
        <translation>клітинка довша за %1 символів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="207"/>
        <source>the column %1 appears twice</source>
        <translation>стовпець %1 трапляється двічі</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="208"/>
        <source>the first row must name the columns, at least stage and touchpoint (known columns: %1)</source>
        <translation>перший рядок має називати стовпці, щонайменше етап (stage) і точку дотику (touchpoint) (відомі стовпці: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="211"/>
        <source>this cell is in a column without a header</source>
        <translation>ця клітинка в стовпці без заголовка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="212"/>
        <source>the table is empty</source>
        <translation>таблиця порожня</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="213"/>
        <source>the first touchpoint needs a stage</source>
        <translation>першій точці дотику потрібен етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="214"/>
        <source>needs a stage or a touchpoint in this row</source>
        <translation>у цьому рядку потрібен етап або точка дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="215"/>
        <source>%1 is not an evidence (use one of %2)</source>
        <translation>%1 — неприпустима підстава (допустимі: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="216"/>
        <source>%1 is not a whole number %2..%3</source>
        <translation>%1 — не ціле число від %2 до %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="217"/>
        <source>%1 is not a pain point or an opportunity</source>
        <translation>%1 — не больова точка і не можливість</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="218"/>
        <source>a pain point or opportunity needs a stage</source>
        <translation>больовій точці чи можливості потрібен етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="219"/>
        <source>is not an Excel .xlsx workbook (not a zip archive)</source>
        <translation>не є книгою Excel .xlsx (це не zip-архів)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="220"/>
        <source>is not an Excel .xlsx workbook (%1 parts)</source>
        <translation>не є книгою Excel .xlsx (частин: %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="221"/>
        <source>is not an Excel .xlsx workbook (unusual compression)</source>
        <translation>не є книгою Excel .xlsx (незвичне стиснення)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="222"/>
        <source>unpacks to %1 MB; an .xlsx import may unpack to at most %2 MB</source>
        <translation>розпаковується в %1 МБ; під час імпорту .xlsx дозволено щонайбільше %2 МБ</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="223"/>
        <source>is not an Excel .xlsx workbook (the file is damaged)</source>
        <translation>не є книгою Excel .xlsx (файл пошкоджено)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="224"/>
        <source>has more than %1 columns</source>
        <translation>містить понад %1 стовпців</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="225"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey (write #59; instead)</source>
        <translation>символ «;» неприпустимий у шляху клієнта у форматі Mermaid (замість нього пишіть #59;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="226"/>
        <source>&apos;journey&apos; may appear only once, at the start</source>
        <translation>ключове слово «journey» (шлях клієнта) може стояти лише один раз, на початку</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="227"/>
        <source>not a Mermaid journey diagram: it starts with %1</source>
        <translation>це не шлях клієнта у форматі Mermaid: текст починається з %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="228"/>
        <source>a section name cannot hold &apos;:&apos; (write #58; instead)</source>
        <translation>назва розділу не може містити «:» (замість нього пишіть #58;)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="229"/>
        <source>expected a task &apos;Name: score: Actor&apos; or a keyword, not %1</source>
        <translation>очікувалося завдання «Назва: оцінка: Учасник» або ключове слово, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="230"/>
        <source>a task needs a name before its &apos;:&apos;</source>
        <translation>завданню потрібна назва перед «:»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="231"/>
        <source>the task %1 has no score (1 to 5)</source>
        <translation>завдання %1 не має оцінки (від 1 до 5)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="232"/>
        <source>the score %1 is not a number from 1 to 5</source>
        <translation>оцінка %1 — не число від 1 до 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="233"/>
        <source>the score %1 is outside 1 to 5</source>
        <translation>оцінка %1 поза межами від 1 до 5</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="234"/>
        <source>has more than %1 different actors</source>
        <translation>містить понад %1 різних учасників</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="235"/>
        <source>this accDescr { is never closed with }</source>
        <translation>цей блок accDescr { не закрито символом }</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="236"/>
        <source>not a Mermaid journey diagram: &apos;journey&apos; is missing</source>
        <translation>це не шлях клієнта у форматі Mermaid: немає ключового слова «journey»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="237"/>
        <source>none of the %1 ```mermaid blocks holds a journey diagram</source>
        <translation>у жодному з блоків ```mermaid (їх %1) немає шляху клієнта (journey)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="238"/>
        <source>the front matter that starts here never ends with ---</source>
        <translation>розпочатий тут блок front matter не закрито рядком ---</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="239"/>
        <source>uses every private-use character; it cannot be read</source>
        <translation>використовує всі символи з області приватного використання; його неможливо прочитати</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="240"/>
        <source>is a damaged PNG image</source>
        <translation>пошкоджене зображення PNG</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="241"/>
        <source>is a damaged PNG image (it ends too early)</source>
        <translation>пошкоджене зображення PNG (уривається передчасно)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="242"/>
        <source>is a PNG image without an embedded map (export one from JourneyMapper)</source>
        <translation>зображення PNG без вбудованої карти (експортуйте його з JourneyMapper)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="243"/>
        <source>holds an embedded map larger than %1 bytes</source>
        <translation>містить вбудовану карту, більшу за %1 байтів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="244"/>
        <source>snapshot cannot be read: %1</source>
        <translation>знімок не вдається прочитати: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="245"/>
        <source>%1 (in %2)</source>
        <translation>%1 (поле %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="246"/>
        <source>no snapshot labelled or with id %1 (newest: %2)</source>
        <translation>немає знімка з назвою або ідентифікатором %1 (останні: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="247"/>
        <source>no snapshot labelled or with id %1 (the file has no snapshots)</source>
        <translation>немає знімка з назвою або ідентифікатором %1 (у файлі немає знімків)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="248"/>
        <source>its data is damaged (not compressed map JSON)</source>
        <translation>його дані пошкоджено (це не стиснутий JSON карти)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="249"/>
        <source>its data is larger than %1 bytes</source>
        <translation>його дані більші за %1 байтів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="250"/>
        <source>its data is cut short</source>
        <translation>його дані обірвано</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="251"/>
        <source>its data does not match its sha256 checksum</source>
        <translation>його дані не збігаються з контрольною сумою sha256</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="252"/>
        <source>is not a list of snapshots; ignored</source>
        <translation>не є списком знімків; пропущено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="253"/>
        <source>is a PNG export: snapshots are kept in .jmap map files</source>
        <translation>це експорт у PNG: знімки зберігаються у файлах карт .jmap</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="254"/>
        <source>not a co-editing link (expected %1)</source>
        <translation>це не посилання для спільного редагування (очікується %1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="255"/>
        <source>the link has no address and port</source>
        <translation>у посиланні немає адреси й порту</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="256"/>
        <source>the link&apos;s pairing code is not complete</source>
        <translation>код під’єднання в посиланні неповний</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="257"/>
        <source>unknown theme %1; use %2</source>
        <translation>невідома тема %1; допустимі: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="258"/>
        <source>unknown page %1; use %2</source>
        <translation>невідомий формат сторінки %1; допустимі: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="259"/>
        <source>unknown tile size %1; use %2</source>
        <translation>невідомий розмір аркуша %1; допустимі: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="260"/>
        <source>unknown layout %1; use %2</source>
        <translation>невідоме компонування %1; допустимі: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="261"/>
        <source>no saved view named %1 (views: %2)</source>
        <translation>немає збереженого подання %1 (подання: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="262"/>
        <source>no persona named %1 (personas: %2)</source>
        <translation>немає персони %1 (персони: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="263"/>
        <source>is the input file; choose another name for the output</source>
        <translation>це вхідний файл; виберіть для результату іншу назву</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="264"/>
        <source>already exists (add --force to replace it)</source>
        <translation>уже існує (додайте --force, щоб замінити його)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="265"/>
        <source>the map is large: the PNG was drawn at %1 dpi instead of %2</source>
        <translation>карта велика: PNG намальовано з роздільністю %1 dpi замість %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="266"/>
        <source>%1 leaves out %2</source>
        <translation>%1 не зберігає: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="267"/>
        <source>lane text</source>
        <translation>текст доріжок</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="268"/>
        <source>non-main flows (%1)</source>
        <translation>неосновні переходи (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="269"/>
        <source>to-be emotions</source>
        <translation>емоції «як має бути»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="270"/>
        <source>metrics</source>
        <translation>показники</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="271"/>
        <source>touchpoint details</source>
        <translation>подробиці точок дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="272"/>
        <source>severity, owners and votes of pains and opportunities</source>
        <translation>важливість, відповідальні й голоси больових точок і можливостей</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="273"/>
        <source>the difference between stages or touchpoints of the same name</source>
        <translation>різниця між однойменними етапами чи точками дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="274"/>
        <source>the room&apos;s ratings (--table crowd writes them)</source>
        <translation>оцінки кімнати (їх записує --table crowd)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="275"/>
        <source>pain points (%1)</source>
        <translation>больові точки (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="276"/>
        <source>opportunities (%1)</source>
        <translation>можливості (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="277"/>
        <source>personas without emotions</source>
        <translation>персони без емоцій</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="278"/>
        <source>touchpoints without emotions written as score 3 (%1)</source>
        <translation>точки дотику без емоцій записано з оцінкою 3 (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="279"/>
        <source>scores are those of %1 (the first persona; --persona picks another)</source>
        <translation>оцінки взято в персони %1 (першої; іншу вибирає --persona)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="280"/>
        <source>image %1 left out (not a readable PNG, JPEG, GIF or WebP ≤ 2 MB)</source>
        <translation>зображення %1 пропущено (це не читабельний файл PNG, JPEG, GIF чи WebP до 2 МБ)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="283"/>
        <source>image %1 left out (%2)</source>
        <translation>зображення %1 пропущено (%2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="284"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="285"/>
        <source>valid (%1 stages, %2 touchpoints)</source>
        <translation>карта коректна (етапів: %1, точок дотику: %2)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="286"/>
        <source>stages: %1   touchpoints: %2   personas: %3   flows: %4</source>
        <translation>етапів: %1   точок дотику: %2   персон: %3   переходів: %4</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="287"/>
        <source>pain points: %1   opportunities: %2   votes: %3</source>
        <translation>больових точок: %1   можливостей: %2   голосів: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="288"/>
        <source>paths from first to last stage: %1</source>
        <translation>шляхів від першого етапу до останнього: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="289"/>
        <source>dead ends: %1</source>
        <translation>глухих кутів: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="290"/>
        <source>unreachable: %1</source>
        <translation>недосяжних точок дотику: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="291"/>
        <source>loops: %1</source>
        <translation>циклів: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="292"/>
        <source>worst pain points:</source>
        <translation>найгостріші больові точки:</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="293"/>
        <source>%1 (severity %2, votes %3, %4)</source>
        <translation>%1 (важливість %2, голосів %3, %4)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="294"/>
        <source>lowest moments for %1: %2</source>
        <translation>найгірші моменти для персони %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="295"/>
        <source>cannot listen (%1)</source>
        <translation>не вдається приймати з’єднання (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="296"/>
        <source>interrupted</source>
        <translation>перервано</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="297"/>
        <source>cannot be processed (%1)</source>
        <translation>не вдається обробити (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="298"/>
        <source>unknown template %1; choose one of %2</source>
        <translation>невідомий шаблон %1; виберіть один із: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="299"/>
        <source>the output of import must be a .jmap file, not %1</source>
        <translation>результатом імпорту має бути файл .jmap, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="300"/>
        <source>cannot export to %1: the name must end in one of %2</source>
        <translation>не можна експортувати до %1: назва має закінчуватися на одне з: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="301"/>
        <source>--table applies to .csv exports only</source>
        <translation>--table стосується лише експорту в .csv</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="302"/>
        <source>%1 must be between %2 and %3</source>
        <translation>значення %1 має бути від %2 до %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="303"/>
        <source>--lang must be one of %1</source>
        <translation>значення --lang має бути одним із: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="304"/>
        <source>unknown command %1; commands: %2</source>
        <translation>невідома команда %1; команди: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="305"/>
        <source>%1 is not a whole number</source>
        <translation>%1 — не ціле число</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="307"/>
        <source>Design customer journey maps. With no command, opens the editor.</source>
        <translation>Проєктування карт шляху клієнта. Без команди відкриває редактор.</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="308"/>
        <source>show the version and exit</source>
        <translation>показати версію й вийти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="309"/>
        <source>create a map from a template</source>
        <translation>створити карту із шаблону</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="310"/>
        <source>blank, e-shop or saas-trial</source>
        <translation>blank, e-shop або saas-trial</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="311"/>
        <source>the language of the new map</source>
        <translation>мова нової карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="312"/>
        <source>replace OUT if it exists</source>
        <translation>замінити OUT, якщо він існує</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="313"/>
        <source>check a map; list every problem</source>
        <translation>перевірити карту й перелічити всі проблеми</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="314"/>
        <source>counts and analysis of a map</source>
        <translation>зведення й аналіз карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="315"/>
        <source>print one JSON object</source>
        <translation>вивести один об’єкт JSON</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="316"/>
        <source>make a map from Mermaid journey, CSV or XLSX</source>
        <translation>створити карту зі шляху клієнта у форматі Mermaid, CSV або XLSX</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="317"/>
        <source>export to %1</source>
        <translation>експортувати до %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="318"/>
        <source>name of a saved view</source>
        <translation>назва збереженого подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="319"/>
        <source>name of the persona to show</source>
        <translation>ім’я персони для показу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="320"/>
        <source>CSV only: the journey table (default), the pains and opportunities table, or the room&apos;s ratings per stage (the crowd curve)</source>
        <translation>лише CSV: таблиця шляху клієнта (типово), таблиця больових точок і можливостей або оцінки кімнати за етапами (крива кімнати)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="324"/>
        <source>resolution of PNG exports (default 150)</source>
        <translation>роздільність під час експорту в PNG (типово 150)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="325"/>
        <source>size factor of PNG exports (default 1)</source>
        <translation>масштаб під час експорту в PNG (типово 1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="326"/>
        <source>poster page; auto: the smallest of A3-A0 that keeps text at 6 pt or more</source>
        <translation>сторінка плаката; auto: найменший із форматів A3–A0, за якого текст не дрібніший за 6 пт</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="329"/>
        <source>poster printed on A4 or A3 sheets to tape together</source>
        <translation>плакат на аркушах A4 або A3 для склеювання</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="330"/>
        <source>slides: one per lowest moment</source>
        <translation>слайди: по одному на кожен із найгірших моментів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="331"/>
        <source>how the map is laid out</source>
        <translation>компонування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="332"/>
        <source>colours: light, print or projector</source>
        <translation>кольори: light (світла), print (друк) або projector (проєктор)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="333"/>
        <source>PNG without background</source>
        <translation>PNG без тла</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="334"/>
        <source>PNG: leave the map out of the image (it cannot be reopened as a map)</source>
        <translation>PNG: не вбудовувати карту в зображення (його не можна буде відкрити як карту)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="337"/>
        <source>let participants join from their phones (room mode)</source>
        <translation>учасники приєднуються з телефонів (режим кімнати)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="338"/>
        <source>the one address to listen on (default: this machine&apos;s address on the network)</source>
        <translation>єдина адреса для з’єднань (типово — мережева адреса цього комп’ютера)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="341"/>
        <source>the port to listen on</source>
        <translation>порт для з’єднань</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="342"/>
        <source>dots per participant (1-100)</source>
        <translation>крапок на учасника (1–100)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="343"/>
        <source>what participants may do: notes, vote, rate or all</source>
        <translation>що можуть учасники: notes (нотатки), vote (голосування), rate (оцінка) або all (усе)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="344"/>
        <source>let co-facilitators edit the map live from their laptops</source>
        <translation>співведучі редагують карту наживо зі своїх ноутбуків</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="345"/>
        <source>mirror a map shared with `share` into a file, live</source>
        <translation>віддзеркалювати у файл карту, відкриту командою `share`, у реальному часі</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="346"/>
        <source>the link `share` printed</source>
        <translation>посилання, яке вивела команда `share`</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="347"/>
        <source>keep the map&apos;s current state as a snapshot in the file</source>
        <translation>зберегти поточний стан карти як знімок у файлі</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="348"/>
        <source>the snapshot&apos;s name, e.g. “post-workshop baseline”</source>
        <translation>назва знімка, наприклад «підсумок воркшопу»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="349"/>
        <source>manual or published</source>
        <translation>manual (вручну) або published (опублікований)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="350"/>
        <source>who takes it (default: the map&apos;s author)</source>
        <translation>хто робить знімок (типово — автор карти)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="351"/>
        <source>list the snapshots kept in a map file</source>
        <translation>перелічити знімки, що зберігаються у файлі карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="352"/>
        <source>what changed between two maps or snapshots (MAP.jmap@LABEL, MAP.jmap@ID)</source>
        <translation>що змінилося між двома картами або знімками (MAP.jmap@LABEL, MAP.jmap@ID)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="355"/>
        <source>print one JSON object with ids</source>
        <translation>вивести один об’єкт JSON з ідентифікаторами</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="356"/>
        <source>draw the compare: .pdf .png .svg .html</source>
        <translation>намалювати порівняння: .pdf .png .svg .html</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="357"/>
        <source>compare OLD&apos;s as-is curves with NEW&apos;s to-be curves</source>
        <translation>порівняти криві «як є» з OLD із кривими «як має бути» з NEW</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="358"/>
        <source>--label must not be empty</source>
        <translation>значення --label не може бути порожнім</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="359"/>
        <source>slides: a “What changed since” slide; a snapshot label or id in FILE, or another map (OLD.jmap, OLD.jmap@LABEL)</source>
        <translation>слайди: слайд «Що змінилося з…»; назва або ідентифікатор знімка у FILE чи інша карта (OLD.jmap, OLD.jmap@LABEL)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="363"/>
        <source>delete one snapshot from the file (no undo)</source>
        <translation>видалити один знімок із файлу (без скасування)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="364"/>
        <source>--changes-since applies to slide decks only (.pdf slides, .pptx)</source>
        <translation>--changes-since стосується лише презентацій (слайди .pdf, .pptx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="367"/>
        <source>--host must be an IP address of this machine, not %1</source>
        <translation>значення --host має бути IP-адресою цього комп’ютера, а не %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="368"/>
        <source>cannot draw the compare to %1: the name must end in one of %2</source>
        <translation>не можна намалювати порівняння в %1: назва має закінчуватися на одне з: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="369"/>
        <source>code: %1  viewer: %2</source>
        <translation>код: %1  для глядачів: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="370"/>
        <source>room closed: %1 contributions saved to %2</source>
        <translation>кімнату закрито; збережено внесків учасників: %1; файл: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="371"/>
        <source>sharing ended; the map is saved in %1</source>
        <translation>спільну роботу завершено; карту збережено у файлі %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="372"/>
        <source>the host refused to pair (%1)</source>
        <translation>комп’ютер зі спільною картою відмовив у під’єднанні (%1)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="373"/>
        <source>it already has as many co-editors as it takes</source>
        <translation>він уже прийняв найбільшу кількість співредакторів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="374"/>
        <source>too many wrong codes from this computer: wait a minute and try again</source>
        <translation>забагато неправильних кодів із цього комп’ютера: зачекайте хвилину й спробуйте ще раз</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="375"/>
        <source>it did not accept the pairing code; check it against the host&apos;s screen</source>
        <translation>він не прийняв код під’єднання; звірте його з екраном комп’ютера зі спільною картою</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="378"/>
        <source>it did not understand the pairing request</source>
        <translation>він не зрозумів запит на під’єднання</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="379"/>
        <source>the host stopped sharing; the map is saved in %1</source>
        <translation>комп’ютер зі спільною картою завершив спільну роботу; карту збережено у файлі %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="380"/>
        <source>the host stopped sharing before the map arrived</source>
        <translation>комп’ютер зі спільною картою завершив спільну роботу до того, як карту було отримано</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="381"/>
        <source>%1: snapshot %2 %3 (%4 stages, %5 touchpoints)</source>
        <translation>%1: знімок %2 %3 (етапів: %4, точок дотику: %5)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="382"/>
        <source>%1: deleted snapshot %2 %3</source>
        <translation>%1: знімок %2 %3 видалено</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="383"/>
        <source>%1: no snapshots (take one with: journeymapper snapshot FILE --label TEXT)</source>
        <translation>%1: знімків немає (створіть знімок командою journeymapper snapshot FILE --label TEXT)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="386"/>
        <source>%1 stages, %2 touchpoints, %3 pains</source>
        <translation>етапів: %1, точок дотику: %2, больових точок: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="387"/>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="388"/>
        <source>BROKEN: %1</source>
        <translation>ПОШКОДЖЕНО: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="389"/>
        <source>manual</source>
        <translation>вручну</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="390"/>
        <source>published</source>
        <translation>опублікований</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="391"/>
        <source>workshop start</source>
        <translation>початок воркшопу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="392"/>
        <source>workshop end</source>
        <translation>кінець воркшопу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="393"/>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="394"/>
        <source>usage: </source>
        <translation>використання: </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="395"/>
        <source>positional arguments</source>
        <translation>позиційні аргументи</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="396"/>
        <source>options</source>
        <translation>параметри</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="397"/>
        <source>show this help message and exit</source>
        <translation>показати цю довідку й вийти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="398"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="399"/>
        <source>unrecognized arguments: %s</source>
        <translation>нерозпізнані аргументи: %s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="400"/>
        <source>the following arguments are required: %s</source>
        <translation>потрібні аргументи: %s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="401"/>
        <source>expected one argument</source>
        <translation>очікувалося одне значення</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="402"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="403"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>неприпустиме значення: %(value)r (виберіть із: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="404"/>
        <source>ignored explicit argument %r</source>
        <translation>зайве значення %r</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="405"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>неприпустиме значення %(value)r (%(type)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="406"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>невідома команда %(parser_name)r (варіанти: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="71"/>
        <location filename="../journeymapper/commands/error_text.py" line="138"/>
        <source>must be a whole number</source>
        <translation>має бути цілим числом</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="139"/>
        <source>does not match %1</source>
        <translation>не відповідає шаблону %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="140"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 менше за мінімум %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="141"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 більше за максимум %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="142"/>
        <source>has unknown fields: %1</source>
        <translation>невідомі поля: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="143"/>
        <source>%1 is missing</source>
        <translation>немає поля %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="144"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="145"/>
        <source>a whole number</source>
        <translation>ціле число</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="146"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="147"/>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/error_text.py" line="148"/>
        <source>an object {…}</source>
        <translation>об’єкт {…}</translation>
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
        <translation>Експорт карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="82"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="83"/>
        <source>PNG image (the map inside)</source>
        <translation>Зображення PNG (з картою всередині)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="84"/>
        <source>SVG drawing</source>
        <translation>Малюнок SVG</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="85"/>
        <source>Interactive web page</source>
        <translation>Інтерактивна вебсторінка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="86"/>
        <source>PowerPoint deck</source>
        <translation>Презентація PowerPoint</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="87"/>
        <source>CSV table</source>
        <translation>Таблиця CSV</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="88"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="89"/>
        <source>Mermaid journey</source>
        <translation>Шлях клієнта у форматі Mermaid</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="99"/>
        <source>Slides (16:9 deck)</source>
        <translation>Слайди (16:9)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="99"/>
        <source>Poster (one page)</source>
        <translation>Плакат (одна сторінка)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="103"/>
        <source>Automatic (text at least 6 pt)</source>
        <translation>Автоматично (текст не менший за 6 пт)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="105"/>
        <source>One sheet</source>
        <translation>Один аркуш</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="106"/>
        <source>Tiled on %1 sheets</source>
        <translation>Частинами на %1 аркушах</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="110"/>
        <source>No such slide</source>
        <translation>Без такого слайда</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="119"/>
        <source>Adds a slide after the overview that lists what changed since a snapshot.</source>
        <translation>Додає після огляду слайд зі списком змін від часу знімка.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="121"/>
        <source>Whole map</source>
        <translation>Уся карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="124"/>
        <source>All personas</source>
        <translation>Усі персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Print (grey-scale friendly)</source>
        <translation>Друк (придатна для ч/б)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="130"/>
        <source>Projector (high contrast)</source>
        <translation>Проєктор (висока контрастність)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="134"/>
        <source>Journey (a row per touchpoint)</source>
        <translation>Шлях клієнта (рядок на кожну точку дотику)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="135"/>
        <source>Pains and opportunities, worst first</source>
        <translation>Больові точки й можливості, найгостріші зверху</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="136"/>
        <source>Room ratings per stage (the crowd curve)</source>
        <translation>Оцінки кімнати за етапами (крива кімнати)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="142"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="149"/>
        <source>&amp;Transparent background</source>
        <translation>Про&amp;зоре тло</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="151"/>
        <source>Include the &amp;map so the PNG reopens as a map</source>
        <translation>&amp;Додати карту, щоб PNG відкривався як карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="154"/>
        <source>With a saved view or persona, only what the picture shows is included.</source>
        <translation>Якщо вибрано збережене подання або персону, додається лише те, що видно на зображенні.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="159"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="167"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="169"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Компонування:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="170"/>
        <source>&amp;Page:</source>
        <translation>&amp;Сторінка:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="108"/>
        <source>A slide per lowest moment (st&amp;ory)</source>
        <translation>Слайд на кожен найгірший момент (&amp;історія)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="171"/>
        <source>Printin&amp;g:</source>
        <translation>Др&amp;ук:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="173"/>
        <source>&amp;What changed since:</source>
        <translation>&amp;Що змінилося від версії:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="174"/>
        <source>Saved &amp;view:</source>
        <translation>&amp;Подання:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="175"/>
        <source>Perso&amp;na:</source>
        <translation>Персо&amp;на:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="176"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="177"/>
        <source>T&amp;able:</source>
        <translation>Т&amp;аблиця:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="178"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Роздільність:</translation>
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
        <translation>Створення попереднього перегляду…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="207"/>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="298"/>
        <source>Export To</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="322"/>
        <source>Replace file</source>
        <translation>Замінити файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="323"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>Файл «%1» уже існує. Замінити його?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="339"/>
        <source>Vector pages with selectable text; slides make a deck.</source>
        <translation>Векторні сторінки з текстом, який можна виділити; слайди складаються в презентацію.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="340"/>
        <source>A picture of the map; JourneyMapper can reopen the map from it.</source>
        <translation>Зображення карти; JourneyMapper може знову відкрити з нього карту.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="341"/>
        <source>A drawing with real, searchable text.</source>
        <translation>Малюнок зі справжнім текстом, за яким працює пошук.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="342"/>
        <source>One file that opens offline in any browser: zoom, search, persona toggles and every card&apos;s details.</source>
        <translation>Один файл, що відкривається без інтернету в будь-якому браузері: масштаб, пошук, перемикання персон і всі подробиці кожної картки.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="346"/>
        <source>Editable slides: grouped shapes, an emotion chart, speaker notes with details.</source>
        <translation>Слайди, які можна редагувати: згруповані фігури, діаграма емоцій, нотатки доповідача з подробицями.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="349"/>
        <source>One row per touchpoint, or the pains table; drawing options do not apply.</source>
        <translation>Рядок на кожну точку дотику або таблиця больових точок; параметри малюнка не застосовуються.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="352"/>
        <source>Journey, pains (worst first) and metrics sheets; drawing options do not apply.</source>
        <translation>Аркуші шляху клієнта, больових точок (найгостріші зверху) і показників; параметри малюнка не застосовуються.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="355"/>
        <source>Stages, touchpoints and one persona&apos;s scores; lanes and pains are left out.</source>
        <translation>Етапи, точки дотику й оцінки однієї персони; доріжки й больові точки не потрапляють.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="404"/>
        <source>No preview: %1</source>
        <translation>Немає попереднього перегляду: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="412"/>
        <source>Preview of the map as drawn on a poster or in a PNG.</source>
        <translation>Попередній перегляд карти у вигляді плаката або PNG.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="63"/>
        <source>unexpected error: %1</source>
        <translation>неочікувана помилка: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="155"/>
        <source>Exporting to %1…</source>
        <translation>Експорт до %1…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="170"/>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="179"/>
        <source>The map could not be exported to “%1”:

%2

Nothing was written there; your map is unchanged.</source>
        <translation>Не вдалося експортувати карту до «%1»:

%2

Туди нічого не записано; карта не змінилася.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="186"/>
        <location filename="../journeymapper/ui/export_runner.py" line="188"/>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="199"/>
        <source>the image could not be decoded</source>
        <translation>не вдалося прочитати зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="216"/>
        <source>Copied the map as an image (%1 × %2 pixels)</source>
        <translation>Карту скопійовано як зображення (%1 × %2 пікс.)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="223"/>
        <location filename="../journeymapper/ui/export_runner.py" line="224"/>
        <source>Copy as image failed</source>
        <translation>Не вдалося скопіювати як зображення</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="67"/>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Карти шляху клієнта (*.jmap)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="68"/>
        <source>PNG images with a map inside (*.png)</source>
        <translation>Зображення PNG з картою всередині (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="69"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="103"/>
        <source>Open Map</source>
        <translation>Відкрити карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="122"/>
        <source>Opened %1</source>
        <translation>Відкрито карту %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Save Map As</source>
        <translation>Зберегти карту як</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="189"/>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="72"/>
        <source>“%1” was deleted or moved away; Save writes it again.</source>
        <translation>Файл «%1» видалено або переміщено; під час збереження його буде записано знову.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="82"/>
        <source>“%1” was changed on disk; Save will ask before overwriting it.</source>
        <translation>Файл «%1» змінено на диску; перед перезаписом програма запитає підтвердження.</translation>
    </message>
</context>
<context>
    <name>FlowForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="78"/>
        <source>From – to:</source>
        <translation>Звідки – куди:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="80"/>
        <source>&amp;Label:</source>
        <translation>&amp;Підпис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="81"/>
        <source>&amp;Percent:</source>
        <translation>&amp;Відсоток:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="82"/>
        <source>Change flow kind</source>
        <translation>зміну типу переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="83"/>
        <source>Change flow label</source>
        <translation>зміну підпису переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="84"/>
        <source>Change flow percent</source>
        <translation>зміну відсотка переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="88"/>
        <source>Flow</source>
        <translation>Перехід</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="93"/>
        <source>abandoned</source>
        <translation>відмова</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="26"/>
        <source>Inspector</source>
        <translation>Властивості</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/inspector/dock.py" line="81"/>
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>Виділено %n елемент.</numerusform>
            <numerusform>Виділено %n елементи.</numerusform>
            <numerusform>Виділено %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="84"/>
        <source>Select a card, a stage, a lane or an arrow to see and edit its details.</source>
        <translation>Виділіть картку, етап, доріжку або стрілку, щоб побачити й змінити її властивості.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="94"/>
        <source>Edit personas in the Personas panel.</source>
        <translation>Персони редагуються на панелі «Персони».</translation>
    </message>
</context>
<context>
    <name>InteropActions</name>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="99"/>
        <source>Journeys from other tools (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</source>
        <translation>Шляхи клієнта з інших програм (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="100"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown)</source>
        <translation>Шляхи клієнта у форматі Mermaid (*.mmd *.mermaid *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="101"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблиці (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="102"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="113"/>
        <source>Import Journey</source>
        <translation>Імпорт шляху клієнта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="126"/>
        <source>Cannot import the file</source>
        <translation>Не вдалося імпортувати файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="127"/>
        <source>This file cannot be imported as a journey:</source>
        <translation>Цей файл не вдається імпортувати як шлях клієнта:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="135"/>
        <source>Imported %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="143"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… і ще %n проблема</numerusform>
            <numerusform>… і ще %n проблеми</numerusform>
            <numerusform>… і ще %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="156"/>
        <source>Cannot paste the text</source>
        <translation>Не вдалося вставити текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="156"/>
        <source>The pasted rows have a problem:</source>
        <translation>У вставлених рядках є помилка:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="161"/>
        <source>Add a stage before pasting cards</source>
        <translation>Спершу додайте етап, потім вставляйте картки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="167"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>вставлення %n картки</numerusform>
            <numerusform>вставлення %n карток</numerusform>
            <numerusform>вставлення %n карток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="171"/>
        <source>Pasted %n card(s)</source>
        <translation>
            <numerusform>Вставлено %n картку</numerusform>
            <numerusform>Вставлено %n картки</numerusform>
            <numerusform>Вставлено %n карток</numerusform>
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
        <translation>Мобільний застосунок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="15"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
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
        <translation>Кур’єр</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="19"/>
        <source>Social media</source>
        <translation>Соцмережі</translation>
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
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="28"/>
        <source>Touchpoints</source>
        <translation>Точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="29"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="30"/>
        <source>Emotion curve</source>
        <translation>Крива емоцій</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="31"/>
        <source>Pain points</source>
        <translation>Больові точки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="32"/>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="33"/>
        <source>Metrics</source>
        <translation>Показники</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="39"/>
        <source>Pain point</source>
        <translation>Больова точка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="40"/>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="46"/>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="47"/>
        <source>Observed</source>
        <translation>Спостереження</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="48"/>
        <source>Assumed</source>
        <translation>Припущення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="49"/>
        <source>Proposed</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="55"/>
        <source>Circle</source>
        <translation>Коло</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="56"/>
        <source>Square</source>
        <translation>Квадрат</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="57"/>
        <source>Triangle</source>
        <translation>Трикутник</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="58"/>
        <source>Diamond</source>
        <translation>Ромб</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="59"/>
        <source>Star</source>
        <translation>Зірка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="60"/>
        <source>Cross</source>
        <translation>Хрест</translation>
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
        <translation>Конверсія</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="70"/>
        <source>Drop-off</source>
        <translation>Відмови</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="86"/>
        <source>Blank map</source>
        <translation>Порожня карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="87"/>
        <source>Online shop</source>
        <translation>Інтернет-магазин</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/vocabulary.py" line="88"/>
        <source>SaaS free trial</source>
        <translation>Пробний період SaaS</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="53"/>
        <source>&amp;Hidden on the canvas and in exports</source>
        <translation>&amp;Прихована на полотні й в експорті</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="54"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="57"/>
        <source>Rename lane</source>
        <translation>перейменування доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="58"/>
        <source>Show or hide lane</source>
        <translation>показ або приховування доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="62"/>
        <source>Lane</source>
        <translation>Доріжка</translation>
    </message>
</context>
<context>
    <name>LanesEditor</name>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="46"/>
        <source>Double-click a name to rename; untick to hide a lane.</source>
        <translation>Двічі клацніть назву, щоб перейменувати; зніміть позначку, щоб приховати доріжку.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="55"/>
        <source>Add lan&amp;e</source>
        <translation>Дода&amp;ти доріжку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="56"/>
        <source>Move &amp;up</source>
        <translation>&amp;Вище</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="57"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;жче</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="118"/>
        <source>Add lane</source>
        <translation>додавання доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="129"/>
        <source>Change lane</source>
        <translation>зміну доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="133"/>
        <source>Move lane</source>
        <translation>переміщення доріжки</translation>
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
            <numerusform>Пропущено %n крок: його елементи змінив або видалив співредактор</numerusform>
            <numerusform>Пропущено %n кроки: їхні елементи змінив або видалив співредактор</numerusform>
            <numerusform>Пропущено %n кроків: їхні елементи змінив або видалив співредактор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="205"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Виділено: %n</numerusform>
            <numerusform>Виділено: %n</numerusform>
            <numerusform>Виділено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="213"/>
        <source>The stage “%1” holds %n card(s), note(s) or cell(s). Delete it with its content? Undo brings it back.</source>
        <translation>
            <numerusform>На етапі «%1» є %n картка, нотатка або клітинка. Видалити етап разом із вмістом? Цю дію можна скасувати.</numerusform>
            <numerusform>На етапі «%1» є %n картки, нотатки або клітинки. Видалити етап разом із вмістом? Цю дію можна скасувати.</numerusform>
            <numerusform>На етапі «%1» є %n карток, нотаток або клітинок. Видалити етап разом із вмістом? Цю дію можна скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="220"/>
        <source>The %1 stages hold %n card(s), note(s) or cell(s). Delete them with their content? Undo brings them back.</source>
        <translation>
            <numerusform>У виділених етапах (%1) є %n картка, нотатка або клітинка. Видалити етапи разом із вмістом? Цю дію можна скасувати.</numerusform>
            <numerusform>У виділених етапах (%1) є %n картки, нотатки або клітинки. Видалити етапи разом із вмістом? Цю дію можна скасувати.</numerusform>
            <numerusform>У виділених етапах (%1) є %n карток, нотаток або клітинок. Видалити етапи разом із вмістом? Цю дію можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/main_window.py" line="228"/>
        <source>Delete stage</source>
        <translation>Видалити етап</translation>
    </message>
</context>
<context>
    <name>MapSettingsDialog</name>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="34"/>
        <source>Map Settings</source>
        <translation>Параметри карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="51"/>
        <source>The language of the map&apos;s exports and labels</source>
        <translation>Мова експорту й підписів карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="53"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="54"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>&amp;Загальні</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="58"/>
        <source>E&amp;motion scale</source>
        <translation>&amp;Шкала емоцій</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="60"/>
        <source>La&amp;nes</source>
        <translation>&amp;Доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="90"/>
        <source>Change map settings</source>
        <translation>зміну параметрів карти</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="42"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Створити із шаблону…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="43"/>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="44"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="45"/>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="46"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="49"/>
        <source>Copy as &amp;Image</source>
        <translation>Копіювати як &amp;зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="51"/>
        <source>&amp;Close</source>
        <translation>За&amp;крити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="55"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="58"/>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="60"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="61"/>
        <source>Dup&amp;licate</source>
        <translation>Д&amp;ублювати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="62"/>
        <source>&amp;Delete</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="63"/>
        <source>Select &amp;All</source>
        <translation>Виділити &amp;все</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="64"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="66"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="68"/>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="69"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Справжній розмір</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="70"/>
        <source>&amp;Fit Map</source>
        <translation>Карта по&amp;вністю</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="72"/>
        <source>Fit &amp;Selection</source>
        <translation>За в&amp;иділенням</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="74"/>
        <source>&amp;Map Settings…</source>
        <translation>Параметри &amp;карти…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="75"/>
        <source>Add &amp;Stage</source>
        <translation>Додати &amp;етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="76"/>
        <source>Add &amp;Lane</source>
        <translation>Додати &amp;доріжку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="78"/>
        <source>Add &amp;Persona</source>
        <translation>Додати &amp;персону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="81"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Комбінації клавіш…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="83"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Нещодавні карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="94"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="95"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="103"/>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="104"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="153"/>
        <source>&amp;View</source>
        <translation>Ви&amp;гляд</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="157"/>
        <source>&amp;Panels</source>
        <translation>&amp;Панелі</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="160"/>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="165"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="169"/>
        <source>Main toolbar</source>
        <translation>Основна панель інструментів</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="200"/>
        <source>No recent maps</source>
        <translation>Нещодавніх карт немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="204"/>
        <source>Clear the List</source>
        <translation>Очистити список</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="37"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Зберегти зміни в «%1» перед закриттям?</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="57"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… і ще %n проблема</numerusform>
            <numerusform>… і ще %n проблеми</numerusform>
            <numerusform>… і ще %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="60"/>
        <source>Cannot open the map</source>
        <translation>Не вдалося відкрити карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="61"/>
        <source>This file cannot be opened as a journey map:</source>
        <translation>Цей файл не вдається відкрити як карту шляху клієнта:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="70"/>
        <source>the map holds text that is not valid Unicode</source>
        <translation>карта містить текст, недопустимий у Юнікоді</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="75"/>
        <source>Cannot save the map</source>
        <translation>Не вдалося зберегти карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="76"/>
        <source>The map could not be saved to “%1”: %2.

Your map is still open; try Save As… to choose another folder.</source>
        <translation>Не вдалося зберегти карту в «%1»: %2.

Карта досі відкрита; виберіть іншу теку через «Зберегти як…».</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="89"/>
        <location filename="../journeymapper/ui/messages.py" line="126"/>
        <source>File changed on disk</source>
        <translation>Файл змінено на диску</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="92"/>
        <source>“%1” was deleted or moved away since you opened it.</source>
        <translation>Файл «%1» було видалено або переміщено після того, як ви його відкрили.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="93"/>
        <source>Save it again under this name, or choose another one?</source>
        <translation>Зберегти його знову під цією назвою чи вибрати іншу?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="94"/>
        <source>Save Here</source>
        <translation>Зберегти тут</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="98"/>
        <source>“%1” was changed by another program or window since you opened it.</source>
        <translation>Файл «%1» було змінено іншою програмою або в іншому вікні після того, як ви його відкрили.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="103"/>
        <source>Overwrite loses the changes made there; Reload loses your unsaved changes here; Save As keeps both.</source>
        <translation>Під час перезапису буде втрачено зміни, зроблені там; під час повторного завантаження — ваші незбережені зміни тут; «Зберегти як…» збереже і ті, і ті.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="108"/>
        <source>Reload</source>
        <translation>Завантажити знову</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="109"/>
        <source>Overwrite</source>
        <translation>Перезаписати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="112"/>
        <source>Save As…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="127"/>
        <source>“%1” was changed by another program or window. Reload it?</source>
        <translation>Файл «%1» змінено іншою програмою або в іншому вікні. Завантажити його знову?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="136"/>
        <source>Edit not possible</source>
        <translation>Зміна неможлива</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="144"/>
        <source>Damaged snapshots</source>
        <translation>Пошкоджені знімки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="145"/>
        <source>“%1” opened, but %n of its snapshots cannot be read, restored or compared. They are kept in the file as they are.</source>
        <translation>
            <numerusform>«%1» відкрито, але %n його знімок не можна прочитати, відновити чи порівняти. Його збережено у файлі як є.</numerusform>
            <numerusform>«%1» відкрито, але %n його знімки не можна прочитати, відновити чи порівняти. Їх збережено у файлі як є.</numerusform>
            <numerusform>«%1» відкрито, але %n його знімків не можна прочитати, відновити чи порівняти. Їх збережено у файлі як є.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="97"/>
        <source>Metrics</source>
        <translation>Показники</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="28"/>
        <source>New Map from Template</source>
        <translation>Нова карта із шаблону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="39"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="45"/>
        <source>&amp;Language of the map:</source>
        <translation>&amp;Мова карти:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="50"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Назва:</translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="37"/>
        <source>Personas</source>
        <translation>Персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="49"/>
        <source>&amp;Add persona</source>
        <translation>&amp;Додати персону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="50"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="63"/>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="64"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="65"/>
        <source>&amp;Marker:</source>
        <translation>&amp;Маркер:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="72"/>
        <source>Rename persona</source>
        <translation>перейменування персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="74"/>
        <source>Change persona description</source>
        <translation>зміну опису персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="77"/>
        <source>Change persona colour</source>
        <translation>зміну кольору персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="80"/>
        <source>Change persona marker</source>
        <translation>зміну маркера персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="119"/>
        <source>Untick to hide this persona&apos;s curve on the canvas</source>
        <translation>Зніміть позначку, щоб приховати криву цієї персони на полотні</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="159"/>
        <source>Add persona</source>
        <translation>додавання персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="171"/>
        <source>Delete persona</source>
        <translation>видалення персони</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="29"/>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="34"/>
        <source>A new language takes effect after you restart JourneyMapper.</source>
        <translation>Нова мова набуде чинності після перезапуску JourneyMapper.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="38"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="23"/>
        <source>a map that was never saved</source>
        <translation>ще не зберігався</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="25"/>
        <source>JourneyMapper closed unexpectedly while “%1” had unsaved changes (from %2, autosaved at %3).

Restore the autosaved copy?</source>
        <translation>JourneyMapper несподівано закрився, коли в «%1» були незбережені зміни (файл: %2; автозбережено %3).

Відновити автозбережену копію?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="35"/>
        <source>Restore unsaved changes</source>
        <translation>Відновити незбережені зміни</translation>
    </message>
</context>
<context>
    <name>Replaces</name>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="49"/>
        <source>snapshot “%1”</source>
        <translation>знімок «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="64"/>
        <source>Replaces</source>
        <translation>Замінює</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="66"/>
        <source>The as-is cards this to-be card replaces:</source>
        <translation>Картки «як є», які замінює ця картка «як має бути»:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="104"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="112"/>
        <source>nothing (a new card or an as-is card)</source>
        <translation>нічого (нова картка або картка «як є»)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="120"/>
        <source>cards of earlier versions: %1</source>
        <translation>карток із попередніх версій: %1</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="34"/>
        <source>L&amp;owest value:</source>
        <translation>Мін&amp;імум:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="35"/>
        <source>&amp;Highest value:</source>
        <translation>Ма&amp;ксимум:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="45"/>
        <source>&amp;Rescale existing emotion values to the new range</source>
        <translation>&amp;Перерахувати наявні оцінки емоцій відповідно до нового діапазону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="49"/>
        <source>Without rescaling, a range that leaves values outside it is refused.</source>
        <translation>Без перерахунку не можна задати діапазон, поза яким залишаються значення.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Add the next card in the same stage and type its name</source>
        <translation>Додати наступну картку на цьому етапі й ввести її назву</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Go to the next / previous stage</source>
        <translation>Перейти до наступного / попереднього етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="27"/>
        <source>Rename the selected card, note or stage</source>
        <translation>Перейменувати виділену картку, нотатку або етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Move the selected cards</source>
        <translation>Перемістити виділені картки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Arrow keys</source>
        <translation>Клавіші зі стрілками</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="29"/>
        <source>Choose whose emotion curve a click sets</source>
        <translation>Вибрати, чию криву емоцій задає клацання</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Add a card</source>
        <translation>Додати картку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Double-click the Touchpoints lane</source>
        <translation>Подвійне клацання на доріжці «Точки дотику»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Set an emotion</source>
        <translation>Задати емоцію</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Click the Emotions lane above or below a card</source>
        <translation>Клацання на доріжці «Емоції» над карткою або під нею</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Zoom around the pointer</source>
        <translation>Масштаб навколо вказівника</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+коліщатко миші</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Pan</source>
        <translation>Прокручування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Space+drag, middle button, wheel</source>
        <translation>Пробіл+перетягування, середня кнопка, коліщатко миші</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Cancel a drag or an edit</source>
        <translation>Скасувати перетягування або редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="86"/>
        <source>Keyboard Shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="90"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="90"/>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="25"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Мета:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="26"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="27"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="28"/>
        <source>Rename stage</source>
        <translation>перейменування етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="29"/>
        <source>Change stage goal</source>
        <translation>зміну мети етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="30"/>
        <source>Change stage description</source>
        <translation>зміну опису етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="31"/>
        <source>Change stage colour</source>
        <translation>зміну кольору етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="37"/>
        <source>Stage</source>
        <translation>Етап</translation>
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
        <translation>Зворотний відлік</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="202"/>
        <source>Stopwatch</source>
        <translation>Секундомір</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="206"/>
        <source> min</source>
        <translation> хв</translation>
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
        <translation>+1 хв</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="209"/>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="210"/>
        <source>Sound at the end</source>
        <translation>Звук наприкінці</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="247"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="249"/>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="25"/>
        <source>&amp;Physical (not digital)</source>
        <translation>О&amp;флайн (не цифрова)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="32"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="37"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="38"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="40"/>
        <source>&amp;What happens:</source>
        <translation>&amp;Що відбувається:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="41"/>
        <source>Customer nee&amp;d:</source>
        <translation>&amp;Потреба клієнта:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="42"/>
        <source>&amp;Tools we use:</source>
        <translation>Наші &amp;інструменти:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="43"/>
        <source>&amp;Owner team:</source>
        <translation>Ві&amp;дповідальна команда:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="44"/>
        <source>E&amp;vidence:</source>
        <translation>Під&amp;става:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="45"/>
        <source>&amp;Image:</source>
        <translation>Зобр&amp;аження:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="49"/>
        <source>Change replaced cards</source>
        <translation>зміну замінюваних карток</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="51"/>
        <source>Replaces:</source>
        <translation>Замінює:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="52"/>
        <source>Rename touchpoint</source>
        <translation>перейменування точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="53"/>
        <source>Change channel</source>
        <translation>зміну каналу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="54"/>
        <source>Change physical or digital</source>
        <translation>зміну «офлайн / цифрова»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="55"/>
        <source>Edit what happens</source>
        <translation>редагування «що відбувається»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="56"/>
        <source>Edit customer need</source>
        <translation>редагування потреби клієнта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="57"/>
        <source>Edit tools</source>
        <translation>редагування інструментів</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="58"/>
        <source>Change owner team</source>
        <translation>зміну відповідальної команди</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="59"/>
        <source>Change evidence</source>
        <translation>зміну підстави</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="60"/>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="94"/>
        <source>Change image</source>
        <translation>зміну зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="69"/>
        <source>Touchpoint</source>
        <translation>Точка дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="88"/>
        <source>Choose an image</source>
        <translation>Виберіть зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.webp);;All files (*)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.svg *.webp);;Усі файли (*)</translation>
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
        <translation>додавання етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="56"/>
        <source>Add lane %1</source>
        <translation>додавання доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="57"/>
        <source>Add persona %1</source>
        <translation>додавання персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="58"/>
        <source>Add card %1</source>
        <translation>додавання картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="59"/>
        <source>Add flow</source>
        <translation>додавання переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add pain point %1</source>
        <translation>додавання больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add opportunity %1</source>
        <translation>додавання можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="61"/>
        <source>Add view %1</source>
        <translation>додавання подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete items</source>
        <translation>видалення елементів</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>видалення %n елемента</numerusform>
            <numerusform>видалення %n елементів</numerusform>
            <numerusform>видалення %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="73"/>
        <source>Delete stage %1</source>
        <translation>видалення етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="74"/>
        <source>Delete lane %1</source>
        <translation>видалення доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="75"/>
        <source>Delete persona %1</source>
        <translation>видалення персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="76"/>
        <source>Delete card %1</source>
        <translation>видалення картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="77"/>
        <source>Delete flow %1</source>
        <translation>видалення переходу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="78"/>
        <source>Delete pain point %1</source>
        <translation>видалення больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="79"/>
        <source>Delete opportunity %1</source>
        <translation>видалення можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="80"/>
        <source>Delete view %1</source>
        <translation>видалення подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="82"/>
        <source>Delete %1</source>
        <translation>видалення %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="90"/>
        <source>Rename stage %1</source>
        <translation>перейменування етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="91"/>
        <source>Rename lane %1</source>
        <translation>перейменування доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="92"/>
        <source>Rename persona %1</source>
        <translation>перейменування персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="93"/>
        <source>Rename card %1</source>
        <translation>перейменування картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="94"/>
        <source>Rename view %1</source>
        <translation>перейменування подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="98"/>
        <source>Edit pain point text %1</source>
        <translation>зміну тексту больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="99"/>
        <source>Edit opportunity text %1</source>
        <translation>зміну тексту можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="103"/>
        <source>Edit stage %1</source>
        <translation>зміну етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="104"/>
        <source>Edit lane %1</source>
        <translation>зміну доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="105"/>
        <source>Edit persona %1</source>
        <translation>зміну персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="106"/>
        <source>Edit card %1</source>
        <translation>зміну картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="107"/>
        <source>Edit flow %1</source>
        <translation>зміну переходу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="108"/>
        <source>Edit pain point %1</source>
        <translation>зміну больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="109"/>
        <source>Edit opportunity %1</source>
        <translation>зміну можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="110"/>
        <source>Edit view %1</source>
        <translation>зміну подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="112"/>
        <source>Edit %1</source>
        <translation>зміну %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="124"/>
        <source>Move stage %1</source>
        <translation>переміщення етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="125"/>
        <source>Move lane %1</source>
        <translation>переміщення доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="126"/>
        <source>Move persona %1</source>
        <translation>переміщення персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="127"/>
        <source>Move view %1</source>
        <translation>переміщення подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="129"/>
        <source>Move %1</source>
        <translation>переміщення %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/entities.py" line="197"/>
        <source>Move card</source>
        <translation>переміщення картки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/entities.py" line="199"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>переміщення %n картки</numerusform>
            <numerusform>переміщення %n карток</numerusform>
            <numerusform>переміщення %n карток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste_fragment.py" line="43"/>
        <source>Paste</source>
        <translation>вставлення</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="20"/>
        <source>Edit %1 at %2</source>
        <translation>зміну клітинки %1 на етапі %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="55"/>
        <source>Set emotion of %1 at %2</source>
        <translation>зміну емоції (%1) у точці %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="87"/>
        <source>Set a metric of %1</source>
        <translation>зміну показника %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Lock the map</source>
        <translation>блокування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Unlock the map</source>
        <translation>розблокування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="136"/>
        <source>Rename map</source>
        <translation>перейменування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="137"/>
        <source>Change map description</source>
        <translation>зміну опису карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="138"/>
        <source>Change map language</source>
        <translation>зміну мови карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="139"/>
        <source>Change map author</source>
        <translation>зміну автора карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="141"/>
        <source>Change map setting</source>
        <translation>зміну параметра карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="161"/>
        <source>Change emotion scale</source>
        <translation>зміну шкали емоцій</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="21"/>
        <source>Start voting round</source>
        <translation>початок голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="21"/>
        <source>Clear voting round</source>
        <translation>скидання голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="77"/>
        <source>Reveal votes</source>
        <translation>показ голосів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="79"/>
        <source>End voting round</source>
        <translation>завершення голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="80"/>
        <source>Change voting round</source>
        <translation>зміну голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste_rows.py" line="86"/>
        <source>Paste text</source>
        <translation>вставлення тексту</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/restore.py" line="20"/>
        <source>Restore snapshot</source>
        <translation>відновлення знімка</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="14"/>
        <source>Room ratings</source>
        <translation>оцінки кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="42"/>
        <source>Clear room ratings</source>
        <translation>скидання оцінок кімнати</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="44"/>
        <source>Compare: %1 → %2</source>
        <translation>Порівняння: %1 → %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="63"/>
        <source>Save Picture…</source>
        <translation>Зберегти зображення…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="71"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Зображення PNG (*.png);;Малюнок SVG (*.svg);;Вебсторінка (*.html)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="73"/>
        <source>Save Picture</source>
        <translation>Зберегти зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="55"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="61"/>
        <source>&amp;Take Snapshot…</source>
        <translation>Зробити зні&amp;мок…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="63"/>
        <source>Co&amp;mpare with…</source>
        <translation>По&amp;рівняти з…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="65"/>
        <source>Compare As-Is with &amp;To-Be</source>
        <translation>Порівняти «як &amp;є» з «як має бути»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="181"/>
        <source>Delete snapshot</source>
        <translation>Видалити знімок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="182"/>
        <source>Delete the snapshot “%1” from the map&apos;s history? Edit ▸ Undo brings it back; once the map is saved, it is gone from the file.</source>
        <translation>Видалити знімок «%1» з історії карти? «Редагування ▸ Скасувати» поверне його; після збереження карти його не буде у файлі.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="189"/>
        <source>Delete snapshot “%1”</source>
        <translation>видалення знімка «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="191"/>
        <source>Snapshot deleted: %1</source>
        <translation>Знімок видалено: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="119"/>
        <source>Snapshot taken: %1</source>
        <translation>Знімок зроблено: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="151"/>
        <source>Restore snapshot</source>
        <translation>Відновити знімок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="152"/>
        <source>Restore the map as it was at “%1”? The current map is kept as a snapshot first, and Edit ▸ Undo brings it back.</source>
        <translation>Відновити карту в стані «%1»? Спершу поточну карту буде збережено як знімок, а «Редагування ▸ Скасувати» поверне її.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="167"/>
        <source>Restore “%1”</source>
        <translation>відновлення «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="206"/>
        <source>Compare with</source>
        <translation>Порівняти з</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="207"/>
        <source>Journey maps (*.jmap);;PNG images with a map inside (*.png)</source>
        <translation>Карти шляху клієнта (*.jmap);;Зображення PNG із картою всередині (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="36"/>
        <source>Manual</source>
        <translation>Вручну</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="37"/>
        <source>Published</source>
        <translation>Опублікований</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="38"/>
        <source>Workshop start</source>
        <translation>Початок воркшопу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="39"/>
        <source>Workshop end</source>
        <translation>Кінець воркшопу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="40"/>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="61"/>
        <source>%1 stages, %2 cards, %3 pains</source>
        <translation>етапів: %1, карток: %2, больових точок: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="73"/>
        <source>Take Snapshot</source>
        <translation>Зробити знімок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="75"/>
        <source>Label (for example “post-workshop baseline”):</source>
        <translation>Підпис (наприклад, «база після воркшопу»):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="79"/>
        <source>This is the version shared with stakeholders</source>
        <translation>Цю версію передано зацікавленим сторонам</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="116"/>
        <source>No snapshots yet. File ▸ Take Snapshot… keeps this version.</source>
        <translation>Знімків поки немає. «Файл ▸ Зробити знімок…» збереже цю версію.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="120"/>
        <source>Take Snapshot…</source>
        <translation>Зробити знімок…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="121"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="122"/>
        <source>Compare with Current</source>
        <translation>Порівняти з поточною</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="123"/>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="124"/>
        <source>Delete the chosen snapshot from the map&apos;s history (Del)</source>
        <translation>Видалити вибраний знімок з історії карти (Del)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="160"/>
        <source>Damaged: %1</source>
        <translation>Пошкоджений: %1</translation>
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="126"/>
        <source>Delete stage</source>
        <translation>Видалити етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="161"/>
        <source>Emotions: drawing the to-be curve of %1</source>
        <translation>Емоції: малювання кривої «як має бути» для персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="163"/>
        <source>Emotions: drawing the as-is curve of %1</source>
        <translation>Емоції: малювання кривої «як є» для персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="317"/>
        <source>Add a stage before pasting cards</source>
        <translation>Спершу додайте етап, потім вставляйте картки</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="21"/>
        <source>Main path</source>
        <translation>Основний шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="22"/>
        <source>Alternate path</source>
        <translation>Альтернативний шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="23"/>
        <source>Shortcut</source>
        <translation>Короткий шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="24"/>
        <source>Going back</source>
        <translation>Повернення назад</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="25"/>
        <source>Exit (abandon)</source>
        <translation>Відмова (клієнт залишає шлях)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="38"/>
        <source>Change flow kind</source>
        <translation>зміну типу переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="42"/>
        <source>Delete flow</source>
        <translation>Видалити перехід</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="59"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="60"/>
        <source>Add card after</source>
        <translation>Додати картку після цієї</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="63"/>
        <source>Add pain point</source>
        <translation>Додати больову точку</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="66"/>
        <source>Add opportunity</source>
        <translation>Додати можливість</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="69"/>
        <source>Add exit (abandon here)</source>
        <translation>Додати відмову (клієнт залишає шлях тут)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="81"/>
        <location filename="../journeymapper/scene/context_menus.py" line="161"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="90"/>
        <source>Emotion</source>
        <translation>Емоція</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="97"/>
        <source>To be</source>
        <translation>Як має бути</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="97"/>
        <source>As is</source>
        <translation>Як є</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="115"/>
        <source>Rename stage</source>
        <translation>Перейменувати етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="116"/>
        <source>Add stage before</source>
        <translation>Додати етап перед цим</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="119"/>
        <source>Add stage after</source>
        <translation>Додати етап після цього</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="122"/>
        <location filename="../journeymapper/scene/context_menus.py" line="132"/>
        <source>Add card</source>
        <translation>Додати картку</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="158"/>
        <source>Edit text</source>
        <translation>Змінити текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/context_menus.py" line="165"/>
        <source>Add stage</source>
        <translation>Додати етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/actions.py" line="42"/>
        <source>The map structure is locked: stages, lanes and card positions stay put (Ctrl+L unlocks)</source>
        <translation>Структуру карти заблоковано: етапи, доріжки й розташування карток не змінюються (Ctrl+L знімає блокування)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/actions.py" line="124"/>
        <location filename="../journeymapper/scene/actions.py" line="151"/>
        <source>Not changed: it was deleted meanwhile by a co-editor</source>
        <translation>Не змінено: тим часом це видалив співредактор</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="31"/>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>&amp;Lock Structure</source>
        <translation>&amp;Заблокувати структуру</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="35"/>
        <source>Lock stages, lanes and card positions; cards, notes and votes can still be added</source>
        <translation>Заблокувати етапи, доріжки й розташування карток; картки, нотатки й голоси можна додавати й далі</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="47"/>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="55"/>
        <source>The map structure is locked (Ctrl+L unlocks it)</source>
        <translation>Структуру карти заблоковано (Ctrl+L — розблокувати)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>Un&amp;lock Structure</source>
        <translation>&amp;Розблокувати структуру</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="98"/>
        <source>The map structure is locked: unlock it (Ctrl+L) to %1</source>
        <translation>Структуру карти заблоковано: зніміть блокування (Ctrl+L), щоб %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="100"/>
        <source>add stages</source>
        <translation>додавати етапи</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="101"/>
        <source>add lanes</source>
        <translation>додавати доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="84"/>
        <source>Who said it (optional)</source>
        <translation>Хто це сказав (необов’язково)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="86"/>
        <source>Type a card and press Enter</source>
        <translation>Введіть текст картки й натисніть Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="90"/>
        <source>Enter adds the card · Shift+Enter new line · Tab / Shift+Tab next or previous stage · Ctrl+Up/Down who said it · Esc ends</source>
        <translation>Enter — додати картку · Shift+Enter — новий рядок · Tab / Shift+Tab — наступний або попередній етап · Ctrl+Вгору/Вниз — хто сказав · Esc — завершити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="99"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="210"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Етап %1 з %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="213"/>
        <source>No stage to add cards to</source>
        <translation>Немає етапу, куди додати картки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/quick_capture.py" line="214"/>
        <source>%n card(s) added</source>
        <translation>
            <numerusform>Додано %n картку</numerusform>
            <numerusform>Додано %n картки</numerusform>
            <numerusform>Додано %n карток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="41"/>
        <source>Saved views</source>
        <translation>Збережені подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="43"/>
        <source>Save what the canvas shows now as a view</source>
        <translation>Зберегти те, що зараз на полотні, як подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="44"/>
        <source>Re&amp;name</source>
        <translation>Пере&amp;йменувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="45"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="46"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="47"/>
        <source>Show this view on the canvas</source>
        <translation>Показати це подання на полотні</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="48"/>
        <source>Show A&amp;ll</source>
        <translation>Показати вс&amp;е</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="53"/>
        <source>Personas</source>
        <translation>Персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="54"/>
        <source>Lanes</source>
        <translation>Доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="55"/>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="107"/>
        <source>View %1</source>
        <translation>Подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="124"/>
        <source>Rename view</source>
        <translation>перейменування подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="132"/>
        <source>Delete view</source>
        <translation>видалення подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="140"/>
        <source>Change view</source>
        <translation>зміну подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="220"/>
        <source>The canvas shows the whole map.</source>
        <translation>На полотні вся карта.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="223"/>
        <source>The canvas shows the view “%1”.</source>
        <translation>На полотні подання «%1».</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/vote_canvas.py" line="86"/>
        <source>Choose who is voting first</source>
        <translation>Спершу виберіть, хто голосує</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="25"/>
        <source>Pain points</source>
        <translation>Больові точки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="26"/>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="27"/>
        <source>Touchpoints</source>
        <translation>Точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="38"/>
        <source>Start a voting round</source>
        <translation>Почати голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="40"/>
        <source>One name per line</source>
        <translation>По одному імені в рядку</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="52"/>
        <source>Hide the votes until they are revealed</source>
        <translation>Приховувати голоси до показу</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="56"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Учасники:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="37"/>
        <source>Collect notes</source>
        <translation>Збір нотаток</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="38"/>
        <source>Vote</source>
        <translation>Голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="39"/>
        <source>Rate the stages</source>
        <translation>Оцінювання етапів</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="40"/>
        <source>Everything at once</source>
        <translation>Усе одразу</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="41"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="69"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="79"/>
        <source>&amp;Lock the room to new people</source>
        <translation>&amp;Не впускати нових учасників</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="84"/>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="97"/>
        <source>What people can do</source>
        <translation>Що можуть учасники</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="102"/>
        <source>Open stages</source>
        <translation>Відкриті етапи</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="104"/>
        <source>Notes may also be pain points and opportunities</source>
        <translation>Нотатки можуть бути також больовими точками й можливостями</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="105"/>
        <source>Show results on the phones</source>
        <translation>Показувати результати на телефонах</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="111"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="48"/>
        <source>no limit</source>
        <translation>без обмежень</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="113"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Фаза:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="114"/>
        <source>Open stages:</source>
        <translation>Відкриті етапи:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="117"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="57"/>
        <source>&amp;Dots each:</source>
        <translation>&amp;Крапок на кожного:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="118"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="58"/>
        <source>Dots per &amp;item at most:</source>
        <translation>Не більше крапок на &amp;пункт:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="119"/>
        <source>Clear the Room&apos;s &amp;Ratings</source>
        <translation>Скинути &amp;оцінки кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="120"/>
        <source>Start the crowd emotion curve afresh (can be undone)</source>
        <translation>Почати криву емоцій кімнати заново (можна скасувати)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="135"/>
        <source>Moderation</source>
        <translation>Модерація</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="136"/>
        <source>Notes wait for &amp;approval</source>
        <translation>Нотатки чекають на &amp;схвалення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="138"/>
        <source>Notes waiting for approval</source>
        <translation>Нотатки, що чекають на схвалення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="140"/>
        <source>Appro&amp;ve</source>
        <translation>С&amp;хвалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="141"/>
        <source>Re&amp;ject</source>
        <translation>Відх&amp;илити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="146"/>
        <source>Dele&amp;te</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="143"/>
        <source>Notes from the room</source>
        <translation>Нотатки з кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="145"/>
        <source>&amp;Hide from Phones</source>
        <translation>Схов&amp;ати з телефонів</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="154"/>
        <source>Notes from the room:</source>
        <translation>Нотатки з кімнати:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="181"/>
        <source>The room cannot listen on %1: %2</source>
        <translation>Кімната не може приймати з’єднання на %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="228"/>
        <source>Delete note from the room</source>
        <translation>Видалити нотатку з кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="249"/>
        <source>&amp;Close Room</source>
        <translation>&amp;Закрити кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="249"/>
        <source>&amp;Open Room</source>
        <translation>&amp;Відкрити кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="261"/>
        <source>The room is closed. Opening it lets people on this network join from their phones.</source>
        <translation>Кімнату закрито. Коли її відкрито, учасники в цій мережі можуть під’єднатися зі своїх телефонів.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_panel.py" line="265"/>
        <source>Open at %1 · code %2 · %n joined</source>
        <translation>
            <numerusform>Відкрито на %1 · код %2 · під’єднався %n учасник</numerusform>
            <numerusform>Відкрито на %1 · код %2 · під’єдналися %n учасники</numerusform>
            <numerusform>Відкрито на %1 · код %2 · під’єдналися %n учасників</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="268"/>
        <source>Link for a second screen that only watches: %1</source>
        <translation>Посилання для другого екрана, який лише показує: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="62"/>
        <source>Vote on:</source>
        <translation>Предмет голосування:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="44"/>
        <source>Participants</source>
        <translation>Учасники</translation>
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
        <translation>&amp;Почати…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="50"/>
        <source>&amp;Reveal</source>
        <translation>По&amp;казати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="51"/>
        <source>&amp;End</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="52"/>
        <source>C&amp;lear</source>
        <translation>&amp;Скинути</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="57"/>
        <source>Click a card to give it a dot; Shift+click or right-click takes it back. Alt+Left/Right or Alt+1…9 switch who is voting.</source>
        <translation>Клацання на картці ставить крапку; Shift+клацання або права кнопка знімає її. Alt+Ліворуч/Праворуч або Alt+1…9 змінюють того, хто голосує.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="167"/>
        <source>No voting round. Start one to let the room vote with dots.</source>
        <translation>Голосування немає. Почніть його, щоб учасники проголосували крапками.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="170"/>
        <source>Voting on: %1</source>
        <translation>Предмет голосування: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="170"/>
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>по %n крапці</numerusform>
            <numerusform>по %n крапки</numerusform>
            <numerusform>по %n крапок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="171"/>
        <source>votes hidden</source>
        <translation>голоси приховано</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="171"/>
        <source>votes shown</source>
        <translation>голоси видно</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="173"/>
        <source>round ended</source>
        <translation>голосування завершено</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="191"/>
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>залишилася %n крапка</numerusform>
            <numerusform>залишилося %n крапки</numerusform>
            <numerusform>залишилося %n крапок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="219"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n крапка</numerusform>
            <numerusform>%n крапки</numerusform>
            <numerusform>%n крапок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="25"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="38"/>
        <source>Drop-off along the main path</source>
        <translation>Відмови на основному шляху</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="60"/>
        <source>(−%1%)</source>
        <translation>(−%1%)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="54"/>
        <source>Voting</source>
        <translation>Голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="55"/>
        <source>Saved Views</source>
        <translation>Збережені подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="56"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="37"/>
        <source>Insights</source>
        <translation>Висновки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="57"/>
        <source>Quick Capture</source>
        <translation>Швидке введення</translation>
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
        <translation>Кімната</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="131"/>
        <source>Time is up</source>
        <translation>Час вийшов</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="135"/>
        <source>&amp;Present</source>
        <translation>&amp;Презентація</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="137"/>
        <source>Start &amp;Voting…</source>
        <translation>Почати &amp;голосування…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="138"/>
        <source>&amp;Reveal Votes</source>
        <translation>По&amp;казати голоси</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="139"/>
        <source>&amp;End Voting Round</source>
        <translation>Зав&amp;ершити голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="140"/>
        <source>&amp;Clear Voting Round</source>
        <translation>&amp;Скинути голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="142"/>
        <source>&amp;Next Participant</source>
        <translation>&amp;Наступний учасник</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="145"/>
        <source>Prev&amp;ious Participant</source>
        <translation>П&amp;опередній учасник</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="149"/>
        <source>Participant %1</source>
        <translation>Учасник %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="156"/>
        <source>&amp;Quick Capture</source>
        <translation>&amp;Швидке введення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="159"/>
        <source>Start/Pa&amp;use Timer</source>
        <translation>Запустити/призупинити &amp;таймер</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="161"/>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Додати хвилину</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="162"/>
        <source>&amp;Open or Close Room</source>
        <translation>&amp;Відкрити або закрити кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="163"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="75"/>
        <source>Show &amp;QR Code</source>
        <translation>Пока&amp;зати QR-код</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="166"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Воркшоп</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="175"/>
        <source>Roo&amp;m</source>
        <translation>Кі&amp;мната</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="72"/>
        <source>Dead ends</source>
        <translation>Глухі кути</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="73"/>
        <source>Unreachable touchpoints</source>
        <translation>Недосяжні точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="93"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="106"/>
        <source>Worst pain points</source>
        <translation>Найгостріші больові точки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/insights_dock.py" line="109"/>
        <source>severity %1, %n vote(s)</source>
        <translation>
            <numerusform>важливість %1, %n голос</numerusform>
            <numerusform>важливість %1, %n голоси</numerusform>
            <numerusform>важливість %1, %n голосів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="115"/>
        <source>Lowest moments</source>
        <translation>Найгірші моменти</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="131"/>
        <source>Gap between as-is and to-be</source>
        <translation>Розрив між «як є» і «як має бути»</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/presentation.py" line="143"/>
        <source>%1 — presentation</source>
        <translation>%1 — презентація</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/ranking_overlay.py" line="72"/>
        <source>Votes</source>
        <translation>Голоси</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_link.py" line="221"/>
        <source>Note from the room</source>
        <translation>Нотатка з кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="33"/>
        <source>QR code to join the room</source>
        <translation>QR-код для входу в кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="65"/>
        <source>Join the room</source>
        <translation>Увійдіть до кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="68"/>
        <source>Scan to join</source>
        <translation>Відскануйте, щоб приєднатися</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="81"/>
        <source>Room code</source>
        <translation>Код кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="93"/>
        <source>Code: %1</source>
        <translation>Код: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="94"/>
        <source>or open %1 and type the code</source>
        <translation>або відкрийте %1 і введіть код</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_qr.py" line="95"/>
        <source>%n joined</source>
        <translation>
            <numerusform>Під’єднався %n учасник</numerusform>
            <numerusform>Під’єдналися %n учасники</numerusform>
            <numerusform>Під’єдналися %n учасників</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="37"/>
        <source>The host stopped sharing this map.</source>
        <translation>Комп’ютер зі спільною картою завершив спільну роботу над цією картою.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="39"/>
        <source>The host already has as many co-editors as it takes.</source>
        <translation>Комп’ютер зі спільною картою вже прийняв найбільшу кількість співредакторів.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="41"/>
        <source>Too many wrong codes from this desktop: wait a minute and try again.</source>
        <translation>З цього комп’ютера введено забагато неправильних кодів: зачекайте хвилину й спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="42"/>
        <source>The host did not accept the pairing code. Check it against the host&apos;s screen (a new code is made each time sharing starts).</source>
        <translation>Комп’ютер зі спільною картою не прийняв код підключення. Звірте його з екраном цього комп’ютера (щоразу, коли відкривається доступ, створюється новий код).</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="64"/>
        <source>&amp;Share for Co-editing…</source>
        <translation>&amp;Відкрити для спільного редагування…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="66"/>
        <source>&amp;Join a Shared Map…</source>
        <translation>Пр&amp;иєднатися до спільної карти…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="86"/>
        <source>The pairing code is not shown while a presentation or the room&apos;s QR window is open.</source>
        <translation>Код підключення не показується, поки триває презентація або відкрито вікно з QR-кодом кімнати.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="114"/>
        <source>Sharing cannot listen on %1: %2</source>
        <translation>Спільний доступ не може приймати з’єднання на %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="187"/>
        <source>No answer from %1. Check the address, and that the host still shares the map on this network.</source>
        <translation>%1 не відповідає. Перевірте адресу і те, що комп’ютер зі спільною картою досі надає до неї доступ у цій мережі.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="218"/>
        <source>Sharing ended: another map is open in this window.</source>
        <translation>Спільний доступ закрито: у цьому вікні відкрито іншу карту.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="219"/>
        <source>You left the shared map.</source>
        <translation>Ви від’єдналися від спільної карти.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="251"/>
        <source>Back in touch with the host: changes merged.</source>
        <translation>Зв’язок із комп’ютером зі спільною картою відновлено: зміни об’єднано.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="256"/>
        <source>Co-editing</source>
        <translation>Спільне редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="259"/>
        <source>The map stays open here as a local copy: use Save As to keep it.</source>
        <translation>Карта залишається відкритою тут як локальна копія: щоб зберегти її, виберіть «Зберегти як…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/coedit_control.py" line="268"/>
        <source>Shared · %n co-editor(s)</source>
        <translation>
            <numerusform>Спільний доступ · співредакторів: %n</numerusform>
            <numerusform>Спільний доступ · співредакторів: %n</numerusform>
            <numerusform>Спільний доступ · співредакторів: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="270"/>
        <source>Connection to %1 lost: keep editing, your changes merge when it is back</source>
        <translation>Зв’язок із %1 втрачено: працюйте далі, зміни об’єднаються, коли його буде відновлено</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="273"/>
        <location filename="../journeymapper/workshop/join_dialog.py" line="112"/>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/coedit_control.py" line="274"/>
        <source>Co-editing with %1</source>
        <translation>Спільне редагування з %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="35"/>
        <source>Paste the link from the host&apos;s screen, or type its address.</source>
        <translation>Вставте посилання з екрана комп’ютера зі спільною картою або введіть його адресу.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="44"/>
        <source>This is not a co-editing link. It looks like http://192.168.1.5:8471/coedit#code.</source>
        <translation>Це не посилання для спільного редагування. Воно має такий вигляд: http://192.168.1.5:8471/coedit#код.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="47"/>
        <source>The address needs the host&apos;s number and port, like 192.168.1.5:8471.</source>
        <translation>В адресі потрібні IP-адреса комп’ютера зі спільною картою і порт, наприклад 192.168.1.5:8471.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="51"/>
        <source>Type the pairing code shown on the host&apos;s screen.</source>
        <translation>Введіть код підключення з екрана комп’ютера зі спільною картою.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="53"/>
        <source>The pairing code is incomplete: check it against the host&apos;s screen.</source>
        <translation>Код підключення неповний: звірте його з екраном комп’ютера зі спільною картою.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="58"/>
        <source>The address must be the host&apos;s IP address, like 192.168.1.5:8471.</source>
        <translation>Адреса має бути IP-адресою комп’ютера зі спільною картою, наприклад 192.168.1.5:8471.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="71"/>
        <source>Join a Shared Map</source>
        <translation>Приєднання до спільної карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="73"/>
        <source>Paste the link shown by Share for Co-editing on the host&apos;s screen, or type the host&apos;s address and the pairing code. The shared map opens in a new window.</source>
        <translation>Вставте посилання, яке показує вікно «Відкрити для спільного редагування» на комп’ютері зі спільною картою, або введіть його адресу й код підключення. Спільна карта відкриється в новому вікні.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="82"/>
        <source>not needed when the link has it</source>
        <translation>не потрібен, якщо він є в посиланні</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="83"/>
        <source>&amp;Link or address:</source>
        <translation>&amp;Посилання або адреса:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="85"/>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Код підключення:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/join_dialog.py" line="93"/>
        <source>&amp;Join</source>
        <translation>Приєд&amp;натися</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="51"/>
        <source>Share for Co-editing</source>
        <translation>Відкрити для спільного редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="55"/>
        <source>Co-facilitators on this network can edit this map with you, live. Give them the link, or the address and the pairing code. Keep this window off the projector: whoever has the code can edit the map.</source>
        <translation>Співведучі в цій мережі можуть редагувати цю карту разом із вами в реальному часі. Дайте їм посилання або адресу й код підключення. Не показуйте це вікно на проєкторі: будь-хто, хто має код, може змінювати карту.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="66"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="71"/>
        <source>&amp;Network address:</source>
        <translation>&amp;Мережева адреса:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="75"/>
        <source>QR code of the co-editing link</source>
        <translation>QR-код посилання для спільного редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="79"/>
        <source>Co-editing link</source>
        <translation>Посилання для спільного редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="80"/>
        <source>Copy &amp;Link</source>
        <translation>Копіювати &amp;посилання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="85"/>
        <source>Pairing code:</source>
        <translation>Код підключення:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="88"/>
        <source>Pairing code</source>
        <translation>Код підключення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="152"/>
        <source>S&amp;top Sharing</source>
        <translation>З&amp;упинити доступ</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="152"/>
        <source>&amp;Start Sharing</source>
        <translation>&amp;Відкрити доступ</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="159"/>
        <source>Not shared. Start sharing to get a link and a code.</source>
        <translation>Доступ не відкрито. Відкрийте доступ, щоб отримати посилання й код.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/share_dialog.py" line="170"/>
        <source>Address for joining: %1</source>
        <translation>Адреса для підключення: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/share_dialog.py" line="172"/>
        <source>%n co-editor(s) connected</source>
        <translation>
            <numerusform>Підключено співредакторів: %n</numerusform>
            <numerusform>Підключено співредакторів: %n</numerusform>
            <numerusform>Підключено співредакторів: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
