# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_MeasurePage(object):
    def setupUi(self, MeasurePage):
        if not MeasurePage.objectName():
            MeasurePage.setObjectName(u"MeasurePage")
        self.pageLayout = QVBoxLayout(MeasurePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pathLabel = QLabel(MeasurePage)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.pathLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.pathLabel)

        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(MeasurePage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.titleRow.addWidget(self.titleLabel)

        self.statusLabel = QLabel(MeasurePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleRow.addWidget(self.statusLabel)


        self.pageLayout.addLayout(self.titleRow)

        self.pageSplitter = QSplitter(MeasurePage)
        self.pageSplitter.setObjectName(u"pageSplitter")
        self.pageSplitter.setOrientation(Qt.Orientation.Vertical)
        self.pageSplitter.setChildrenCollapsible(False)
        self.goalsBox = QGroupBox(self.pageSplitter)
        self.goalsBox.setObjectName(u"goalsBox")
        self.goalsLayout = QVBoxLayout(self.goalsBox)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsView = QTextBrowser(self.goalsBox)
        self.goalsView.setObjectName(u"goalsView")
        self.goalsView.setOpenLinks(False)

        self.goalsLayout.addWidget(self.goalsView)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.editGoalButton = QPushButton(self.goalsBox)
        self.editGoalButton.setObjectName(u"editGoalButton")

        self.goalButtons.addWidget(self.editGoalButton)

        self.addGoalButton = QPushButton(self.goalsBox)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalButtons.addWidget(self.addGoalButton)

        self.removeGoalButton = QPushButton(self.goalsBox)
        self.removeGoalButton.setObjectName(u"removeGoalButton")

        self.goalButtons.addWidget(self.removeGoalButton)

        self.retitleButton = QPushButton(self.goalsBox)
        self.retitleButton.setObjectName(u"retitleButton")

        self.goalButtons.addWidget(self.retitleButton)

        self.dropButton = QPushButton(self.goalsBox)
        self.dropButton.setObjectName(u"dropButton")

        self.goalButtons.addWidget(self.dropButton)

        self.historyButton = QPushButton(self.goalsBox)
        self.historyButton.setObjectName(u"historyButton")

        self.goalButtons.addWidget(self.historyButton)

        self.goalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalSpacer)


        self.goalsLayout.addLayout(self.goalButtons)

        self.pageSplitter.addWidget(self.goalsBox)
        self.commentsBox = QGroupBox(self.pageSplitter)
        self.commentsBox.setObjectName(u"commentsBox")
        self.commentsLayout = QVBoxLayout(self.commentsBox)
        self.commentsLayout.setObjectName(u"commentsLayout")
        self.pageSplitter.addWidget(self.commentsBox)
        self.assessmentBox = QGroupBox(self.pageSplitter)
        self.assessmentBox.setObjectName(u"assessmentBox")
        self.assessmentLayout = QVBoxLayout(self.assessmentBox)
        self.assessmentLayout.setObjectName(u"assessmentLayout")
        self.assessmentEdit = QPlainTextEdit(self.assessmentBox)
        self.assessmentEdit.setObjectName(u"assessmentEdit")
        self.assessmentEdit.setTabChangesFocus(True)

        self.assessmentLayout.addWidget(self.assessmentEdit)

        self.assessmentRow = QHBoxLayout()
        self.assessmentRow.setObjectName(u"assessmentRow")
        self.categoryLabel = QLabel(self.assessmentBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.assessmentRow.addWidget(self.categoryLabel)

        self.categoryBox = QComboBox(self.assessmentBox)
        self.categoryBox.setObjectName(u"categoryBox")

        self.assessmentRow.addWidget(self.categoryBox)

        self.assessmentPhraseButton = QPushButton(self.assessmentBox)
        self.assessmentPhraseButton.setObjectName(u"assessmentPhraseButton")

        self.assessmentRow.addWidget(self.assessmentPhraseButton)

        self.assessmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessmentRow.addItem(self.assessmentSpacer)

        self.saveStateLabel = QLabel(self.assessmentBox)
        self.saveStateLabel.setObjectName(u"saveStateLabel")
        self.saveStateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.assessmentRow.addWidget(self.saveStateLabel)


        self.assessmentLayout.addLayout(self.assessmentRow)

        self.pageSplitter.addWidget(self.assessmentBox)

        self.pageLayout.addWidget(self.pageSplitter)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryBox)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeasurePage)

        QMetaObject.connectSlotsByName(MeasurePage)
    # setupUi

    def retranslateUi(self, MeasurePage):
        self.goalsBox.setTitle(QCoreApplication.translate("MeasurePage", u"Delm\u00e5l (som i h\u00f8ringen \u2192 revideret)", None))
#if QT_CONFIG(accessibility)
        self.goalsView.setAccessibleName(QCoreApplication.translate("MeasurePage", u"Delm\u00e5l med \u00e6ndringer", None))
#endif // QT_CONFIG(accessibility)
        self.editGoalButton.setText(QCoreApplication.translate("MeasurePage", u"&Revid\u00e9r delm\u00e5l \u2026", None))
        self.addGoalButton.setText(QCoreApplication.translate("MeasurePage", u"Nyt &delm\u00e5l \u2026", None))
        self.removeGoalButton.setText(QCoreApplication.translate("MeasurePage", u"Tag delm\u00e5l &ud \u2026", None))
        self.retitleButton.setText(QCoreApplication.translate("MeasurePage", u"Ret &titel \u2026", None))
        self.dropButton.setText(QCoreApplication.translate("MeasurePage", u"Tag tiltag ud af planen \u2026", None))
        self.historyButton.setText(QCoreApplication.translate("MeasurePage", u"&Historik \u2026", None))
        self.commentsBox.setTitle(QCoreApplication.translate("MeasurePage", u"Bem\u00e6rkninger", None))
        self.assessmentBox.setTitle(QCoreApplication.translate("MeasurePage", u"Administrationens vurdering", None))
#if QT_CONFIG(accessibility)
        self.assessmentEdit.setAccessibleName(QCoreApplication.translate("MeasurePage", u"Administrationens vurdering", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("MeasurePage", u"&Type:", None))
        self.assessmentPhraseButton.setText(QCoreApplication.translate("MeasurePage", u"Inds\u00e6t standardte&kst \u2026", None))
        pass
    # retranslateUi

