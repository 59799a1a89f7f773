<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>InspectorDock</name>
    <message numerus="yes">
      <source>%n item(s) selected.</source>
      <translation>
        <numerusform>%n item selected.</numerusform>
        <numerusform>%n items selected.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>InteropActions</name>
    <message numerus="yes">
      <source>Paste %n card(s)</source>
      <translation>
        <numerusform>Paste %n card</numerusform>
        <numerusform>Paste %n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Pasted %n card(s)</source>
      <translation>
        <numerusform>Pasted %n card</numerusform>
        <numerusform>Pasted %n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more problem(s)</source>
      <translation>
        <numerusform>… and %n more problem</numerusform>
        <numerusform>… and %n more problems</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n selected</source>
      <translation>
        <numerusform>%n selected</numerusform>
        <numerusform>%n selected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n step(s) skipped: a co-editor changed or deleted their items</source>
      <translation>
        <numerusform>%n step skipped: a co-editor changed or deleted their items</numerusform>
        <numerusform>%n steps skipped: a co-editor changed or deleted their items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The %1 stages hold %n card(s), note(s) or cell(s). Delete them with their content? Undo brings them back.</source>
      <translation>
        <numerusform>The %1 stages hold %n card, note or cell. Delete them with their content? Undo brings them back.</numerusform>
        <numerusform>The %1 stages hold %n cards, notes or cells. Delete them with their content? Undo brings them back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The stage “%1” holds %n card(s), note(s) or cell(s). Delete it with its content? Undo brings it back.</source>
      <translation>
        <numerusform>The stage “%1” holds %n card, note or cell. Delete it with its content? Undo brings it back.</numerusform>
        <numerusform>The stage “%1” holds %n cards, notes or cells. Delete it with its content? Undo brings it back.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message numerus="yes">
      <source>“%1” opened, but %n of its snapshots cannot be read, restored or compared. They are kept in the file as they are.</source>
      <translation>
        <numerusform>“%1” opened, but %n of its snapshots cannot be read, restored or compared. They are kept in the file as they are.</numerusform>
        <numerusform>“%1” opened, but %n of its snapshots cannot be read, restored or compared. They are kept in the file as they are.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more problem(s)</source>
      <translation>
        <numerusform>… and %n more problem</numerusform>
        <numerusform>… and %n more problems</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>commands</name>
    <message numerus="yes">
      <source>Delete %n item(s)</source>
      <translation>
        <numerusform>Delete %n item</numerusform>
        <numerusform>Delete %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %n card(s)</source>
      <translation>
        <numerusform>Move %n card</numerusform>
        <numerusform>Move %n cards</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>workshop</name>
    <message numerus="yes">
      <source>%n card(s) added</source>
      <translation>
        <numerusform>%n card added</numerusform>
        <numerusform>%n cards added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n co-editor(s) connected</source>
      <translation>
        <numerusform>%n co-editor connected</numerusform>
        <numerusform>%n co-editors connected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dot(s)</source>
      <translation>
        <numerusform>%n dot</numerusform>
        <numerusform>%n dots</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dot(s) each</source>
      <translation>
        <numerusform>%n dot each</numerusform>
        <numerusform>%n dots each</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n dot(s) left</source>
      <translation>
        <numerusform>%n dot left</numerusform>
        <numerusform>%n dots left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n joined</source>
      <translation>
        <numerusform>%n joined</numerusform>
        <numerusform>%n joined</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Open at %1 · code %2 · %n joined</source>
      <translation>
        <numerusform>Open at %1 · code %2 · %n joined</numerusform>
        <numerusform>Open at %1 · code %2 · %n joined</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Shared · %n co-editor(s)</source>
      <translation>
        <numerusform>Shared · %n co-editor</numerusform>
        <numerusform>Shared · %n co-editors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>severity %1, %n vote(s)</source>
      <translation>
        <numerusform>severity %1, %n vote</numerusform>
        <numerusform>severity %1, %n votes</numerusform>
      </translation>
    </message>
  </context>
</TS>
