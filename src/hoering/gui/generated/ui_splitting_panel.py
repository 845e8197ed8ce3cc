# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'splitting_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSplitter, QVBoxLayout, QWidget)

class Ui_SplittingPanel(object):
    def setupUi(self, SplittingPanel):
        if not SplittingPanel.objectName():
            SplittingPanel.setObjectName(u"SplittingPanel")
        self.panelLayout = QHBoxLayout(SplittingPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(SplittingPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.bodyEdit = QPlainTextEdit(self.splitter)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setReadOnly(True)
        self.splitter.addWidget(self.bodyEdit)
        self.targetColumn = QWidget(self.splitter)
        self.targetColumn.setObjectName(u"targetColumn")
        self.targetLayout = QVBoxLayout(self.targetColumn)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetLayout.setContentsMargins(0, 0, 0, 0)
        self.targetsLabel = QLabel(self.targetColumn)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.targetLayout.addWidget(self.targetsLabel)

        self.targetList = QListWidget(self.targetColumn)
        self.targetList.setObjectName(u"targetList")

        self.targetLayout.addWidget(self.targetList)

        self.addTargetEdit = QLineEdit(self.targetColumn)
        self.addTargetEdit.setObjectName(u"addTargetEdit")

        self.targetLayout.addWidget(self.addTargetEdit)

        self.makeCommentButton = QPushButton(self.targetColumn)
        self.makeCommentButton.setObjectName(u"makeCommentButton")

        self.targetLayout.addWidget(self.makeCommentButton)

        self.wholeButton = QPushButton(self.targetColumn)
        self.wholeButton.setObjectName(u"wholeButton")

        self.targetLayout.addWidget(self.wholeButton)

        self.splitter.addWidget(self.targetColumn)

        self.panelLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.targetsLabel.setBuddy(self.targetList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SplittingPanel)

        QMetaObject.connectSlotsByName(SplittingPanel)
    # setupUi

    def retranslateUi(self, SplittingPanel):
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("SplittingPanel", u"H\u00f8ringssvarets tekst", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.bodyEdit.setToolTip(QCoreApplication.translate("SplittingPanel", u"Mark\u00e9r en passage og tryk K for at g\u00f8re den til en bem\u00e6rkning.", None))
#endif // QT_CONFIG(tooltip)
        self.targetsLabel.setText(QCoreApplication.translate("SplittingPanel", u"&M\u00e5l for den markerede tekst:", None))
#if QT_CONFIG(accessibility)
        self.targetList.setAccessibleName(QCoreApplication.translate("SplittingPanel", u"Foresl\u00e5ede og valgte m\u00e5l", None))
#endif // QT_CONFIG(accessibility)
        self.addTargetEdit.setPlaceholderText(QCoreApplication.translate("SplittingPanel", u"Tilf\u00f8j m\u00e5l: nummer, titel, tema \u2026", None))
#if QT_CONFIG(accessibility)
        self.addTargetEdit.setAccessibleName(QCoreApplication.translate("SplittingPanel", u"Tilf\u00f8j m\u00e5l", None))
#endif // QT_CONFIG(accessibility)
        self.makeCommentButton.setText(QCoreApplication.translate("SplittingPanel", u"Lav bem\u00e6rkning (K)", None))
        self.wholeButton.setText(QCoreApplication.translate("SplittingPanel", u"&Hele svaret som \u00e9n bem\u00e6rkning", None))
        pass
    # retranslateUi

