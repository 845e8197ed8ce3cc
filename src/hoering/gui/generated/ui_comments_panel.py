# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comments_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CommentsPanel(object):
    def setupUi(self, CommentsPanel):
        if not CommentsPanel.objectName():
            CommentsPanel.setObjectName(u"CommentsPanel")
        self.panelLayout = QVBoxLayout(CommentsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.commentTable = QTableView(CommentsPanel)
        self.commentTable.setObjectName(u"commentTable")
        self.commentTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.commentTable.setAlternatingRowColors(True)
        self.commentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commentTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.commentTable.setWordWrap(True)
        self.commentTable.setCornerButtonEnabled(False)

        self.panelLayout.addWidget(self.commentTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.outcomeLabel = QLabel(CommentsPanel)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.actionRow.addWidget(self.outcomeLabel)

        self.outcomeBox = QComboBox(CommentsPanel)
        self.outcomeBox.setObjectName(u"outcomeBox")

        self.actionRow.addWidget(self.outcomeBox)

        self.setOutcomeButton = QPushButton(CommentsPanel)
        self.setOutcomeButton.setObjectName(u"setOutcomeButton")

        self.actionRow.addWidget(self.setOutcomeButton)

        self.replyButton = QPushButton(CommentsPanel)
        self.replyButton.setObjectName(u"replyButton")

        self.actionRow.addWidget(self.replyButton)

        self.phraseButton = QPushButton(CommentsPanel)
        self.phraseButton.setObjectName(u"phraseButton")

        self.actionRow.addWidget(self.phraseButton)

        self.openResponseButton = QPushButton(CommentsPanel)
        self.openResponseButton.setObjectName(u"openResponseButton")

        self.actionRow.addWidget(self.openResponseButton)

        self.newMeasureButton = QPushButton(CommentsPanel)
        self.newMeasureButton.setObjectName(u"newMeasureButton")

        self.actionRow.addWidget(self.newMeasureButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.countLabel = QLabel(CommentsPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.actionRow.addWidget(self.countLabel)


        self.panelLayout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.outcomeLabel.setBuddy(self.outcomeBox)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommentsPanel)

        QMetaObject.connectSlotsByName(CommentsPanel)
    # setupUi

    def retranslateUi(self, CommentsPanel):
#if QT_CONFIG(accessibility)
        self.commentTable.setAccessibleName(QCoreApplication.translate("CommentsPanel", u"Bem\u00e6rkninger", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("CommentsPanel", u"&Udfald:", None))
#if QT_CONFIG(accessibility)
        self.outcomeBox.setAccessibleName(QCoreApplication.translate("CommentsPanel", u"Udfald for de valgte bem\u00e6rkninger", None))
#endif // QT_CONFIG(accessibility)
        self.setOutcomeButton.setText(QCoreApplication.translate("CommentsPanel", u"&S\u00e6t udfald", None))
        self.replyButton.setText(QCoreApplication.translate("CommentsPanel", u"S&var \u2026", None))
        self.phraseButton.setText(QCoreApplication.translate("CommentsPanel", u"S&tandardtekst \u2026", None))
        self.openResponseButton.setText(QCoreApplication.translate("CommentsPanel", u"\u00c5&bn h\u00f8ringssvar", None))
        self.newMeasureButton.setText(QCoreApplication.translate("CommentsPanel", u"Opret &nyt tiltag \u2026", None))
        pass
    # retranslateUi

